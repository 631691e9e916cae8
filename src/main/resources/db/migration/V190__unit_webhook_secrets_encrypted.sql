-- A unit robot's address and signing secret are kept encrypted (AES-GCM, APP_SECRETS_KEY): room for the nonce,
-- the tag and base64. The rows already there are encrypted by the Java migration 191 (it needs the key, which
-- only the running application has).
alter table unit_webhooks alter column url type varchar(1000);
alter table unit_webhooks alter column secret type varchar(500);
