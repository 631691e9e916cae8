-- Quantity supervision (工程监理): a task with a target quantity may require a supervisor to confirm (or
-- correct, with a reason) the quantity its unit reported before the office may accept it; the confirmed
-- figure is the one that counts.

alter table accounts drop constraint ck_accounts_role;
alter table accounts add constraint ck_accounts_role
    check (role in ('ADMIN', 'OFFICE', 'LEADER', 'INSPECTOR', 'LIAISON', 'SUPERVISOR'));

alter table tasks add column requires_confirmation boolean not null default false;
-- the figure the supervisor confirmed, and the reported figure it answered (a later report needs a new one)
alter table tasks add column confirmed_quantity numeric(14, 2);
alter table tasks add column confirmed_reported numeric(14, 2);
alter table tasks add constraint ck_tasks_confirmation
    check (not requires_confirmation or target_quantity is not null);
alter table tasks add constraint ck_tasks_confirmed check (confirmed_quantity is null or confirmed_quantity >= 0);
create index ix_tasks_confirmation on tasks (requires_confirmation) where requires_confirmation;

alter table task_events drop constraint ck_task_events_type;
alter table task_events add constraint ck_task_events_type check (type in ('CREATE', 'REPORT', 'REQUEST_ACCEPTANCE',
    'CLOSE', 'RETURN', 'REASSIGN', 'REQUIRE_CONFIRMATION', 'CONFIRM_QUANTITY'));
