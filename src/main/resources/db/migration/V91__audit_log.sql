-- 安全审计 (等保 2.0): security-relevant events, append-only. The application only inserts; the trigger
-- refuses every UPDATE, DELETE and TRUNCATE, whoever sends it. Kept at least 180 days (README: archiving).
create table audit_log (
    id              bigserial     primary key,
    occurred_at     timestamptz   not null default now(),
    -- who: the signed-in account, or the username typed on a failed sign-in
    username        varchar(100)  not null,
    client_address  varchar(64),
    action          varchar(60)   not null,
    target          varchar(300),
    detail          varchar(2000),
    outcome         varchar(20)   not null,
    constraint ck_audit_log_outcome check (outcome in ('SUCCESS', 'FAILURE'))
);
create index ix_audit_log_occurred on audit_log (occurred_at desc, id desc);
create index ix_audit_log_username on audit_log (lower(username), occurred_at desc);
create index ix_audit_log_action on audit_log (action, occurred_at desc);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
