-- Failed sign-ins per (typed username, client address) and per client address (username ''), replacing the
-- per-account lock that let anyone lock any account, the only administrator included.
create table sign_in_failures (
    username        varchar(100) not null,
    client_address  varchar(64)  not null,
    failures        integer      not null,
    locked_until    timestamptz,
    last_failure_at timestamptz  not null,
    primary key (username, client_address)
);
create index sign_in_failures_last_failure on sign_in_failures (last_failure_at);

alter table accounts drop column failed_attempts;
alter table accounts drop column locked_until;
