-- The dashboard's last figures onto maintained statistics (#8): the week trend, checkpoint compliance and the
-- relapse hot spots (at the end of this file).
--
-- 1. Weeks. Two more grains of problem_statistics, keyed by the Monday of the week a problem was assigned in
--    (stored in the month column), with the problem counts only (reviews are not shown by week):
--      V = week × district          (the week trend, a district's)
--      W = week × unit × district   (the week trend of a unit type: its units)
--    A period that starts or ends inside a week reads the days of that partial week from the raw rows, as the
--    month grains do for partial months.
--
-- 2. Compliance (达标率) as of a moment: over every active checkpoint, the passed/assessed counts of its latest
--    finished inspection before that moment. Summed over the checkpoint's inspections in (finished_at, id)
--    order, "this inspection's counts minus the previous one's" telescopes to the latest one's counts, so the
--    compliance as of the start of a month is the sum of these steps over all earlier months. They are kept
--    per checkpoint and month in compliance_steps (what has been added to the cube for that checkpoint) and
--    summed into compliance_statistics under the checkpoint's current unit, district and category when it is
--    active, in five grains:
--      T = month; U = month × unit; D = month × district; C = month × category;
--      F = month × unit × district × category
--    A change to a finished inspection recounts its checkpoint's steps from the month of the change on; a
--    checkpoint deactivated, reactivated or moved to another unit, district or category takes its steps out of
--    the old cells and into the new ones. The days of a partial month are read live from the inspections
--    finished in them (ix_inspections_finished). Months are calendar months in problem_statistics_zone().

alter table problem_statistics drop constraint ck_problem_statistics_grain;
alter table problem_statistics add constraint ck_problem_statistics_grain
    check (grain in ('T', 'U', 'D', 'S', 'F', 'V', 'W'));

create function problem_statistics_week(p_day date) returns date
language sql immutable as $$
    select p_day - (extract(isodow from p_day)::integer - 1)
$$;

create function problem_statistics_add_week(p_day date, p_unit bigint, p_district bigint, d_assigned integer,
        d_with_deadline integer, d_closed integer, d_on_time integer) returns void
language sql as $$
    insert into problem_statistics as s (grain, month, unit_id, district_id, category_id, standard_id,
                                         assigned, with_deadline, closed, on_time, reviewed, returned)
    values ('V', problem_statistics_week(p_day), null, p_district, null, null,
            d_assigned, d_with_deadline, d_closed, d_on_time, 0, 0),
           ('W', problem_statistics_week(p_day), p_unit, p_district, null, null,
            d_assigned, d_with_deadline, d_closed, d_on_time, 0, 0)
    on conflict on constraint uk_problem_statistics do update
       set assigned = s.assigned + excluded.assigned,
           with_deadline = s.with_deadline + excluded.with_deadline,
           closed = s.closed + excluded.closed,
           on_time = s.on_time + excluded.on_time
$$;

create or replace function problem_statistics_on_problem() returns trigger
language plpgsql as $$
declare
    o_district bigint; o_category bigint; o_counted boolean := false;
    o_with_deadline integer := 0; o_closed integer := 0; o_on_time integer := 0;
    n_district bigint; n_category bigint; n_counted boolean := false;
    n_with_deadline integer := 0; n_closed integer := 0; n_on_time integer := 0;
    same_group boolean;
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status <> 'CANCELLED' then
        o_counted := true;
        select district_id, category_id into o_district, o_category from checkpoints where id = old.checkpoint_id;
        o_with_deadline := (old.deadline is not null)::integer;
        o_closed := (old.deadline is not null and old.status = 'CLOSED')::integer;
        o_on_time := (old.deadline is not null and old.status = 'CLOSED'
                      and old.accepted_submitted_on <= old.deadline)::integer;
    end if;
    if tg_op in ('UPDATE', 'INSERT') and new.status <> 'CANCELLED' then
        n_counted := true;
        select district_id, category_id into n_district, n_category from checkpoints where id = new.checkpoint_id;
        n_with_deadline := (new.deadline is not null)::integer;
        n_closed := (new.deadline is not null and new.status = 'CLOSED')::integer;
        n_on_time := (new.deadline is not null and new.status = 'CLOSED'
                      and new.accepted_submitted_on <= new.deadline)::integer;
    end if;
    same_group := tg_op = 'UPDATE' and o_counted = n_counted
        and old.responsible_unit_id = new.responsible_unit_id and old.checkpoint_id = new.checkpoint_id
        and old.standard_id is not distinct from new.standard_id;
    if same_group and old.assigned_on = new.assigned_on and o_with_deadline = n_with_deadline
            and o_closed = n_closed and o_on_time = n_on_time then
        return null;
    end if;
    if o_counted then
        perform problem_statistics_add_week(old.assigned_on, old.responsible_unit_id, o_district,
                -1, -o_with_deadline, -o_closed, -o_on_time);
    end if;
    if n_counted then
        perform problem_statistics_add_week(new.assigned_on, new.responsible_unit_id, n_district,
                1, n_with_deadline, n_closed, n_on_time);
    end if;
    if same_group and date_trunc('month', old.assigned_on) = date_trunc('month', new.assigned_on) then
        if n_counted then
            perform problem_statistics_add(date_trunc('month', new.assigned_on)::date, new.responsible_unit_id,
                    n_district, n_category, new.standard_id, 0, n_with_deadline - o_with_deadline,
                    n_closed - o_closed, n_on_time - o_on_time, 0, 0);
        end if;
        return null;
    end if;
    if o_counted then
        perform problem_statistics_add(date_trunc('month', old.assigned_on)::date, old.responsible_unit_id,
                o_district, o_category, old.standard_id, -1, -o_with_deadline, -o_closed, -o_on_time, 0, 0);
    end if;
    if n_counted then
        perform problem_statistics_add(date_trunc('month', new.assigned_on)::date, new.responsible_unit_id,
                n_district, n_category, new.standard_id, 1, n_with_deadline, n_closed, n_on_time, 0, 0);
    end if;
    if not same_group and tg_op = 'UPDATE' then
        if o_counted then
            perform problem_statistics_reviews(old.id, -1, old.responsible_unit_id, o_district, o_category,
                                               old.standard_id);
        end if;
        if n_counted then
            perform problem_statistics_reviews(new.id, 1, new.responsible_unit_id, n_district, n_category,
                                               new.standard_id);
        end if;
    end if;
    return null;
end
$$;

create or replace function problem_statistics_on_checkpoint() returns trigger
language plpgsql as $$
declare
    g record;
begin
    for g in
        select date_trunc('month', assigned_on)::date as month, responsible_unit_id as unit_id, standard_id,
               count(*)::integer as assigned,
               count(*) filter (where deadline is not null)::integer as with_deadline,
               count(*) filter (where deadline is not null and status = 'CLOSED')::integer as closed,
               count(*) filter (where deadline is not null and status = 'CLOSED'
                                  and accepted_submitted_on <= deadline)::integer as on_time
          from problems
         where checkpoint_id = new.id and status <> 'CANCELLED'
         group by 1, 2, 3
    loop
        perform problem_statistics_add(g.month, g.unit_id, old.district_id, old.category_id, g.standard_id,
                -g.assigned, -g.with_deadline, -g.closed, -g.on_time, 0, 0);
        perform problem_statistics_add(g.month, g.unit_id, new.district_id, new.category_id, g.standard_id,
                g.assigned, g.with_deadline, g.closed, g.on_time, 0, 0);
    end loop;
    if old.district_id <> new.district_id then
        for g in
            select problem_statistics_week(assigned_on) as week, responsible_unit_id as unit_id,
                   count(*)::integer as assigned,
                   count(*) filter (where deadline is not null)::integer as with_deadline,
                   count(*) filter (where deadline is not null and status = 'CLOSED')::integer as closed,
                   count(*) filter (where deadline is not null and status = 'CLOSED'
                                      and accepted_submitted_on <= deadline)::integer as on_time
              from problems
             where checkpoint_id = new.id and status <> 'CANCELLED'
             group by 1, 2
        loop
            perform problem_statistics_add_week(g.week, g.unit_id, old.district_id,
                    -g.assigned, -g.with_deadline, -g.closed, -g.on_time);
            perform problem_statistics_add_week(g.week, g.unit_id, new.district_id,
                    g.assigned, g.with_deadline, g.closed, g.on_time);
        end loop;
    end if;
    for g in
        select date_trunc('month', r.reviewed_at at time zone problem_statistics_zone())::date as month,
               p.responsible_unit_id as unit_id, p.standard_id,
               count(*)::integer as reviewed, count(*) filter (where r.outcome = 'RETURNED')::integer as returned
          from rectifications r join problems p on p.id = r.problem_id
         where p.checkpoint_id = new.id and p.status <> 'CANCELLED'
           and r.outcome in ('ACCEPTED', 'RETURNED') and r.reviewed_at is not null
         group by 1, 2, 3
    loop
        perform problem_statistics_add(g.month, g.unit_id, old.district_id, old.category_id, g.standard_id,
                0, 0, 0, 0, -g.reviewed, -g.returned);
        perform problem_statistics_add(g.month, g.unit_id, new.district_id, new.category_id, g.standard_id,
                0, 0, 0, 0, g.reviewed, g.returned);
    end loop;
    return null;
end
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Compliance

create table compliance_steps (
    checkpoint_id bigint  not null references checkpoints (id) on delete cascade,
    month         date    not null,
    passed        integer not null,
    assessed      integer not null,
    primary key (checkpoint_id, month)
);

create table compliance_statistics (
    grain       char(1) not null,
    month       date    not null,
    unit_id     bigint,
    district_id bigint,
    category_id bigint,
    passed      integer not null default 0,
    assessed    integer not null default 0,
    constraint ck_compliance_statistics_grain check (grain in ('T', 'U', 'D', 'C', 'F')),
    constraint uk_compliance_statistics unique nulls not distinct (grain, month, unit_id, district_id, category_id)
);

-- the days of a partial month: the inspections finished in them
create index ix_inspections_finished on inspections (finished_at) where finished_at is not null;

create function compliance_statistics_add(p_month date, p_unit bigint, p_district bigint, p_category bigint,
        d_passed integer, d_assessed integer) returns void
language sql as $$
    insert into compliance_statistics as s (grain, month, unit_id, district_id, category_id, passed, assessed)
    values ('T', p_month, null, null, null, d_passed, d_assessed),
           ('U', p_month, p_unit, null, null, d_passed, d_assessed),
           ('D', p_month, null, p_district, null, d_passed, d_assessed),
           ('C', p_month, null, null, p_category, d_passed, d_assessed),
           ('F', p_month, p_unit, p_district, p_category, d_passed, d_assessed)
    on conflict on constraint uk_compliance_statistics do update
       set passed = s.passed + excluded.passed, assessed = s.assessed + excluded.assessed
$$;

-- A checkpoint's steps per month from p_since (a month's first day) on, from its finished inspections.
create function compliance_statistics_steps(p_checkpoint bigint, p_since date)
returns table (month date, passed integer, assessed integer)
language sql stable as $$
    select date_trunc('month', s.finished_at at time zone problem_statistics_zone())::date,
           sum(s.passed_count - s.previous_passed)::integer, sum(s.assessed_count - s.previous_assessed)::integer
      from (select i.finished_at, i.passed_count, i.assessed_count,
                   coalesce(lag(i.passed_count) over w, 0) as previous_passed,
                   coalesce(lag(i.assessed_count) over w, 0) as previous_assessed
              from inspections i
             where i.checkpoint_id = p_checkpoint and i.finished_at is not null
            window w as (order by i.finished_at, i.id)) s
     where s.finished_at >= (p_since::timestamp at time zone problem_statistics_zone())
     group by 1
$$;

-- Recounts one checkpoint's steps from p_since on: takes what was counted out, counts the inspections anew.
-- Idempotent, so that a statement changing several inspections of one checkpoint leaves the right counts
-- whatever order its rows fire in (each recount sees the statement's final rows).
create function compliance_statistics_recount(p_checkpoint bigint, p_since date) returns void
language plpgsql as $$
declare
    c record;
    s record;
begin
    select active, responsible_unit_id, district_id, category_id into c from checkpoints where id = p_checkpoint;
    if not found then
        return;
    end if;
    for s in delete from compliance_steps where checkpoint_id = p_checkpoint and month >= p_since
             returning month, passed, assessed loop
        if c.active then
            perform compliance_statistics_add(s.month, c.responsible_unit_id, c.district_id, c.category_id,
                                              -s.passed, -s.assessed);
        end if;
    end loop;
    for s in insert into compliance_steps (checkpoint_id, month, passed, assessed)
             select p_checkpoint, x.month, x.passed, x.assessed from compliance_statistics_steps(p_checkpoint, p_since) x
              where x.passed <> 0 or x.assessed <> 0
             returning month, passed, assessed loop
        if c.active then
            perform compliance_statistics_add(s.month, c.responsible_unit_id, c.district_id, c.category_id,
                                              s.passed, s.assessed);
        end if;
    end loop;
end
$$;

create function compliance_statistics_on_inspection() returns trigger
language plpgsql as $$
declare
    since timestamptz;
    since_month date;
begin
    if tg_op = 'UPDATE' and old.finished_at is not distinct from new.finished_at
            and old.checkpoint_id = new.checkpoint_id and old.passed_count = new.passed_count
            and old.assessed_count = new.assessed_count then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.finished_at is not null then
        since := old.finished_at;
    end if;
    if tg_op in ('UPDATE', 'INSERT') and new.finished_at is not null then
        since := least(since, new.finished_at);
    end if;
    if since is null then
        return null;
    end if;
    since_month := date_trunc('month', since at time zone problem_statistics_zone())::date;
    if tg_op in ('UPDATE', 'DELETE') then
        perform compliance_statistics_recount(old.checkpoint_id, since_month);
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.checkpoint_id <> old.checkpoint_id) then
        perform compliance_statistics_recount(new.checkpoint_id, since_month);
    end if;
    return null;
end
$$;

create trigger compliance_statistics after insert or update or delete on inspections
    for each row execute function compliance_statistics_on_inspection();

-- A checkpoint deactivated, reactivated or moved takes its counted steps out of the old cells, into the new.
create function compliance_statistics_on_checkpoint() returns trigger
language plpgsql as $$
declare
    s record;
begin
    for s in select month, passed, assessed from compliance_steps where checkpoint_id = new.id loop
        if old.active then
            perform compliance_statistics_add(s.month, old.responsible_unit_id, old.district_id, old.category_id,
                                              -s.passed, -s.assessed);
        end if;
        if new.active then
            perform compliance_statistics_add(s.month, new.responsible_unit_id, new.district_id, new.category_id,
                                              s.passed, s.assessed);
        end if;
    end loop;
    return null;
end
$$;

create trigger compliance_statistics after update of active, responsible_unit_id, district_id, category_id
    on checkpoints
    for each row when (old.active <> new.active or old.responsible_unit_id <> new.responsible_unit_id
                       or old.district_id <> new.district_id or old.category_id <> new.category_id)
    execute function compliance_statistics_on_checkpoint();

create function compliance_statistics_rebuild() returns bigint
language plpgsql as $$
declare
    zone text := problem_statistics_zone();
    written bigint;
begin
    lock table compliance_statistics in exclusive mode;
    delete from compliance_statistics;
    delete from compliance_steps;
    insert into compliance_steps (checkpoint_id, month, passed, assessed)
    select checkpoint_id, month, sum(passed)::integer, sum(assessed)::integer
      from (select i.checkpoint_id, date_trunc('month', i.finished_at at time zone zone)::date as month,
                   i.passed_count - coalesce(lag(i.passed_count) over w, 0) as passed,
                   i.assessed_count - coalesce(lag(i.assessed_count) over w, 0) as assessed
              from inspections i
             where i.finished_at is not null
            window w as (partition by i.checkpoint_id order by i.finished_at, i.id)) s
     group by 1, 2
    having sum(passed) <> 0 or sum(assessed) <> 0;
    insert into compliance_statistics (grain, month, unit_id, district_id, category_id, passed, assessed)
    select case grouping(c.responsible_unit_id, c.district_id, c.category_id)
                when 7 then 'T' when 3 then 'U' when 5 then 'D' when 6 then 'C' else 'F' end,
           s.month, c.responsible_unit_id, c.district_id, c.category_id, sum(s.passed), sum(s.assessed)
      from compliance_steps s join checkpoints c on c.id = s.checkpoint_id
     where c.active
     group by grouping sets ((s.month), (s.month, c.responsible_unit_id), (s.month, c.district_id),
                             (s.month, c.category_id), (s.month, c.responsible_unit_id, c.district_id, c.category_id));
    get diagnostics written = row_count;
    return written;
end
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Relapses (易反弹): a problem (not cancelled, with a standard) assigned within 30 days after a problem for the
-- same standard at the same checkpoint was closed (closing day in problem_statistics_zone()). The set of such
-- problems is kept in problem_relapses, so that the hot spots of a period read those few rows instead of every
-- problem of the period with a look-up each. A change to a problem recounts the problems it can be a relapse
-- of or for: those of its checkpoint and standard assigned on its day, and those assigned in the 30 days after
-- its closing day. The window (30 days) is rates.DashboardFigures.RELAPSE_DAYS.

create table problem_relapses (
    problem_id    bigint primary key references problems (id) on delete cascade,
    checkpoint_id bigint not null,
    unit_id       bigint not null,
    standard_id   bigint not null,
    assigned_on   date   not null
);
create index ix_problem_relapses_assigned on problem_relapses (assigned_on);
create index ix_problem_relapses_group on problem_relapses (checkpoint_id, standard_id, assigned_on);
create index ix_problems_closed_checkpoint_standard on problems (checkpoint_id, standard_id) where status = 'CLOSED';

create function problem_relapses_recount(p_checkpoint bigint, p_standard bigint, p_from date, p_to date) returns void
language sql as $$
    delete from problem_relapses
     where checkpoint_id = p_checkpoint and standard_id = p_standard and assigned_on between p_from and p_to;
    insert into problem_relapses (problem_id, checkpoint_id, unit_id, standard_id, assigned_on)
    select p.id, p.checkpoint_id, p.responsible_unit_id, p.standard_id, p.assigned_on
      from problems p
     where p.checkpoint_id = p_checkpoint and p.standard_id = p_standard and p.assigned_on between p_from and p_to
       and p.status <> 'CANCELLED'
       and exists (select 1 from problems e
                    where e.checkpoint_id = p.checkpoint_id and e.standard_id = p.standard_id and e.id <> p.id
                      and e.status = 'CLOSED'
                      and cast(e.closed_at at time zone problem_statistics_zone() as date)
                          between p.assigned_on - 30 and p.assigned_on)
$$;

create function problem_relapses_on_problem() returns trigger
language plpgsql as $$
declare
    closed_on date;
begin
    if tg_op = 'UPDATE' and old.checkpoint_id = new.checkpoint_id
            and old.standard_id is not distinct from new.standard_id
            and old.responsible_unit_id = new.responsible_unit_id and old.assigned_on = new.assigned_on
            and old.status = new.status and old.closed_at is not distinct from new.closed_at then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.standard_id is not null then
        perform problem_relapses_recount(old.checkpoint_id, old.standard_id, old.assigned_on, old.assigned_on);
        if old.status = 'CLOSED' and old.closed_at is not null then
            closed_on := cast(old.closed_at at time zone problem_statistics_zone() as date);
            perform problem_relapses_recount(old.checkpoint_id, old.standard_id, closed_on, closed_on + 30);
        end if;
    end if;
    if tg_op in ('UPDATE', 'INSERT') and new.standard_id is not null then
        perform problem_relapses_recount(new.checkpoint_id, new.standard_id, new.assigned_on, new.assigned_on);
        if new.status = 'CLOSED' and new.closed_at is not null then
            closed_on := cast(new.closed_at at time zone problem_statistics_zone() as date);
            perform problem_relapses_recount(new.checkpoint_id, new.standard_id, closed_on, closed_on + 30);
        end if;
    end if;
    return null;
end
$$;

create trigger problem_relapses after insert or update or delete on problems
    for each row execute function problem_relapses_on_problem();

create function problem_relapses_rebuild() returns bigint
language plpgsql as $$
declare
    written bigint;
begin
    lock table problem_relapses in exclusive mode;
    delete from problem_relapses;
    insert into problem_relapses (problem_id, checkpoint_id, unit_id, standard_id, assigned_on)
    select p.id, p.checkpoint_id, p.responsible_unit_id, p.standard_id, p.assigned_on
      from problems p
     where p.status <> 'CANCELLED' and p.standard_id is not null
       and exists (select 1 from problems e
                    where e.checkpoint_id = p.checkpoint_id and e.standard_id = p.standard_id and e.id <> p.id
                      and e.status = 'CLOSED'
                      and cast(e.closed_at at time zone problem_statistics_zone() as date)
                          between p.assigned_on - 30 and p.assigned_on);
    get diagnostics written = row_count;
    return written;
end
$$;

-- The one rebuild (start-up, /admin/statistics, the command in the README) now counts weeks, compliance and
-- relapses too.
create or replace function problem_statistics_rebuild() returns bigint
language plpgsql as $$
declare
    zone text := problem_statistics_zone();
    written bigint;
    more bigint;
begin
    lock table problem_statistics in exclusive mode;
    delete from problem_statistics;
    insert into problem_statistics (grain, month, unit_id, district_id, category_id, standard_id,
                                    assigned, with_deadline, closed, on_time, reviewed, returned)
    with counted as (
        select date_trunc('month', p.assigned_on)::date as month, p.responsible_unit_id as unit_id,
               c.district_id, c.category_id, p.standard_id,
               1 as assigned, (p.deadline is not null)::integer as with_deadline,
               (p.deadline is not null and p.status = 'CLOSED')::integer as closed,
               (p.deadline is not null and p.status = 'CLOSED' and p.accepted_submitted_on <= p.deadline)::integer
                   as on_time,
               0 as reviewed, 0 as returned
          from problems p join checkpoints c on c.id = p.checkpoint_id
         where p.status <> 'CANCELLED'
        union all
        select date_trunc('month', r.reviewed_at at time zone zone)::date, p.responsible_unit_id,
               c.district_id, c.category_id, p.standard_id, 0, 0, 0, 0, 1, (r.outcome = 'RETURNED')::integer
          from rectifications r
          join problems p on p.id = r.problem_id
          join checkpoints c on c.id = p.checkpoint_id
         where r.outcome in ('ACCEPTED', 'RETURNED') and r.reviewed_at is not null and p.status <> 'CANCELLED'
    )
    select case grouping(unit_id, district_id, category_id, standard_id)
                when 15 then 'T' when 7 then 'U' when 9 then 'D' when 12 then 'S' else 'F' end,
           month, unit_id, district_id, category_id, standard_id,
           sum(assigned), sum(with_deadline), sum(closed), sum(on_time), sum(reviewed), sum(returned)
      from counted
     group by grouping sets ((month), (month, unit_id), (month, district_id, category_id),
                             (month, category_id, standard_id), (month, unit_id, district_id, category_id, standard_id));
    get diagnostics written = row_count;
    insert into problem_statistics (grain, month, unit_id, district_id, category_id, standard_id,
                                    assigned, with_deadline, closed, on_time, reviewed, returned)
    select case grouping(unit_id) when 1 then 'V' else 'W' end, week, unit_id, district_id, null, null,
           count(*), sum(with_deadline), sum(closed), sum(on_time), 0, 0
      from (select problem_statistics_week(p.assigned_on) as week, p.responsible_unit_id as unit_id, c.district_id,
                   (p.deadline is not null)::integer as with_deadline,
                   (p.deadline is not null and p.status = 'CLOSED')::integer as closed,
                   (p.deadline is not null and p.status = 'CLOSED'
                    and p.accepted_submitted_on <= p.deadline)::integer as on_time
              from problems p join checkpoints c on c.id = p.checkpoint_id
             where p.status <> 'CANCELLED') p
     group by grouping sets ((week, district_id), (week, unit_id, district_id));
    get diagnostics more = row_count;
    return written + more + compliance_statistics_rebuild() + problem_relapses_rebuild();
end
$$;

select problem_statistics_rebuild();
