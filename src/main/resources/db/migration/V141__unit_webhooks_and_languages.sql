-- Group robots per unit (notification feature): a unit's WeCom or DingTalk group robot, or a generic JSON webhook
-- (an SMS gateway), set by the office. A message to someone of the unit who chose the webhook channel goes to her
-- unit's robot, mentioning her phone; without one, to the installation's webhook (APP_NOTIFICATIONS_WEBHOOK_URL).
create table unit_webhooks (
    unit_id     bigint       primary key references units (id),
    version     bigint       not null default 0,
    format      varchar(20)  not null,
    url         varchar(500) not null,
    secret      varchar(200),
    updated_at  timestamptz  not null default now(),
    constraint ck_unit_webhooks_format check (format in ('GENERIC', 'WECOM', 'DINGTALK'))
);

-- The language of the mail and messages a person receives outside the application.
alter table notification_preferences add column language varchar(5) not null default 'zh';
alter table notification_preferences add constraint ck_notification_preferences_language
    check (language in ('zh', 'en'));
