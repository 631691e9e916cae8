-- Co-units (配合单位): each unit involved in a task reports its own contribution (its quantity done so far);
-- the task's quantity done is their sum, so one unit's report never overwrites another's figure.
create table task_contributions (
    task_id  bigint        not null references tasks (id),
    unit_id  bigint        not null references units (id),
    quantity numeric(14, 2) not null,
    primary key (task_id, unit_id),
    constraint ck_task_contributions_quantity check (quantity >= 0)
);
create index ix_task_contributions_unit on task_contributions (unit_id);

-- each unit's latest reported figure becomes its contribution, and the task's total their sum
insert into task_contributions (task_id, unit_id, quantity)
select distinct on (task_id, unit_id) task_id, unit_id, quantity_done
from task_reports
where quantity_done is not null
order by task_id, unit_id, reported_at desc, id desc;

update tasks t set quantity_done = c.total
from (select task_id, sum(quantity) as total from task_contributions group by task_id) c
where c.task_id = t.id;

-- closing a task below its target is confirmed by the office and recorded with the figures of the moment
alter table task_events add column quantity numeric(14, 2);
alter table task_events add column target numeric(14, 2);
alter table task_events drop constraint ck_task_events_type;
alter table task_events add constraint ck_task_events_type check (type in ('CREATE', 'REPORT', 'REQUEST_ACCEPTANCE',
    'CLOSE', 'RETURN', 'REASSIGN', 'REQUIRE_CONFIRMATION', 'CONFIRM_QUANTITY', 'CLOSE_BELOW_TARGET', 'EDIT'));
