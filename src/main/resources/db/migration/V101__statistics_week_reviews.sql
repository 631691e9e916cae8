-- The week grains V and W (V80) count reviewed and returned evidence too (#8: the dashboard's weekly review
-- counts were always 0), keyed by the Monday of the week the evidence was reviewed in, in
-- problem_statistics_zone(), as the month grains key reviews by the month they were reviewed in. Every place
-- that moves reviews between cells moves them by week as well: a review written or changed, a problem moved to
-- another unit or checkpoint or cancelled (problem_statistics_reviews), a checkpoint moved to another district;
-- the rebuild counts them; the reviews already recorded are added once below.

create function problem_statistics_add_week_reviews(p_week date, p_unit bigint, p_district bigint,
        d_reviewed integer, d_returned integer) returns void
language sql as $$
    insert into problem_statistics as s (grain, month, unit_id, district_id, category_id, standard_id,
                                         assigned, with_deadline, closed, on_time, reviewed, returned)
    values ('V', p_week, null, p_district, null, null, 0, 0, 0, 0, d_reviewed, d_returned),
           ('W', p_week, p_unit, p_district, null, null, 0, 0, 0, 0, d_reviewed, d_returned)
    on conflict on constraint uk_problem_statistics do update
       set reviewed = s.reviewed + excluded.reviewed,
           returned = s.returned + excluded.returned
$$;

create or replace function problem_statistics_reviews(p_problem bigint, p_sign integer, p_unit bigint, p_district bigint,
        p_category bigint, p_standard bigint) returns void
language plpgsql as $$
declare
    r record;
begin
    for r in
        select date_trunc('month', reviewed_at at time zone problem_statistics_zone())::date as month,
               count(*)::integer as reviewed, count(*) filter (where outcome = 'RETURNED')::integer as returned
          from rectifications
         where problem_id = p_problem and outcome in ('ACCEPTED', 'RETURNED') and reviewed_at is not null
         group by 1
    loop
        perform problem_statistics_add(r.month, p_unit, p_district, p_category, p_standard, 0, 0, 0, 0,
                                       p_sign * r.reviewed, p_sign * r.returned);
    end loop;
    for r in
        select problem_statistics_week((reviewed_at at time zone problem_statistics_zone())::date) as week,
               count(*)::integer as reviewed, count(*) filter (where outcome = 'RETURNED')::integer as returned
          from rectifications
         where problem_id = p_problem and outcome in ('ACCEPTED', 'RETURNED') and reviewed_at is not null
         group by 1
    loop
        perform problem_statistics_add_week_reviews(r.week, p_unit, p_district, p_sign * r.reviewed,
                                                    p_sign * r.returned);
    end loop;
end
$$;

create or replace function problem_statistics_on_rectification() returns trigger
language plpgsql as $$
declare
    p record;
begin
    if tg_op in ('UPDATE', 'DELETE') and old.outcome in ('ACCEPTED', 'RETURNED') and old.reviewed_at is not null then
        select pr.responsible_unit_id, pr.standard_id, pr.status, c.district_id, c.category_id into p
          from problems pr join checkpoints c on c.id = pr.checkpoint_id where pr.id = old.problem_id;
        if found and p.status <> 'CANCELLED' then
            perform problem_statistics_add(date_trunc('month', old.reviewed_at at time zone problem_statistics_zone())::date,
                    p.responsible_unit_id, p.district_id, p.category_id, p.standard_id, 0, 0, 0, 0,
                    -1, -(old.outcome = 'RETURNED')::integer);
            perform problem_statistics_add_week_reviews(
                    problem_statistics_week((old.reviewed_at at time zone problem_statistics_zone())::date),
                    p.responsible_unit_id, p.district_id, -1, -(old.outcome = 'RETURNED')::integer);
        end if;
    end if;
    if tg_op in ('UPDATE', 'INSERT') and new.outcome in ('ACCEPTED', 'RETURNED') and new.reviewed_at is not null then
        select pr.responsible_unit_id, pr.standard_id, pr.status, c.district_id, c.category_id into p
          from problems pr join checkpoints c on c.id = pr.checkpoint_id where pr.id = new.problem_id;
        if found and p.status <> 'CANCELLED' then
            perform problem_statistics_add(date_trunc('month', new.reviewed_at at time zone problem_statistics_zone())::date,
                    p.responsible_unit_id, p.district_id, p.category_id, p.standard_id, 0, 0, 0, 0,
                    1, (new.outcome = 'RETURNED')::integer);
            perform problem_statistics_add_week_reviews(
                    problem_statistics_week((new.reviewed_at at time zone problem_statistics_zone())::date),
                    p.responsible_unit_id, p.district_id, 1, (new.outcome = 'RETURNED')::integer);
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
    if old.district_id <> new.district_id then
        for g in
            select problem_statistics_week((r.reviewed_at at time zone problem_statistics_zone())::date) as week,
                   p.responsible_unit_id as unit_id,
                   count(*)::integer as reviewed, count(*) filter (where r.outcome = 'RETURNED')::integer as returned
              from rectifications r join problems p on p.id = r.problem_id
             where p.checkpoint_id = new.id and p.status <> 'CANCELLED'
               and r.outcome in ('ACCEPTED', 'RETURNED') and r.reviewed_at is not null
             group by 1, 2
        loop
            perform problem_statistics_add_week_reviews(g.week, g.unit_id, old.district_id, -g.reviewed, -g.returned);
            perform problem_statistics_add_week_reviews(g.week, g.unit_id, new.district_id, g.reviewed, g.returned);
        end loop;
    end if;
    return null;
end
$$;

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
           sum(assigned), sum(with_deadline), sum(closed), sum(on_time), sum(reviewed), sum(returned)
      from (select problem_statistics_week(p.assigned_on) as week, p.responsible_unit_id as unit_id, c.district_id,
                   1 as assigned, (p.deadline is not null)::integer as with_deadline,
                   (p.deadline is not null and p.status = 'CLOSED')::integer as closed,
                   (p.deadline is not null and p.status = 'CLOSED'
                    and p.accepted_submitted_on <= p.deadline)::integer as on_time,
                   0 as reviewed, 0 as returned
              from problems p join checkpoints c on c.id = p.checkpoint_id
             where p.status <> 'CANCELLED'
            union all
            select problem_statistics_week((r.reviewed_at at time zone zone)::date), p.responsible_unit_id,
                   c.district_id, 0, 0, 0, 0, 1, (r.outcome = 'RETURNED')::integer
              from rectifications r
              join problems p on p.id = r.problem_id
              join checkpoints c on c.id = p.checkpoint_id
             where r.outcome in ('ACCEPTED', 'RETURNED') and r.reviewed_at is not null
               and p.status <> 'CANCELLED') p
     group by grouping sets ((week, district_id), (week, unit_id, district_id));
    get diagnostics more = row_count;
    return written + more + compliance_statistics_rebuild() + problem_relapses_rebuild();
end
$$;

-- the reviews recorded so far, into the week cells (which held none)
insert into problem_statistics as s (grain, month, unit_id, district_id, category_id, standard_id,
                                     assigned, with_deadline, closed, on_time, reviewed, returned)
select case grouping(unit_id) when 1 then 'V' else 'W' end, week, unit_id, district_id, null, null,
       0, 0, 0, 0, count(*), sum(returned)
  from (select problem_statistics_week((r.reviewed_at at time zone problem_statistics_zone())::date) as week,
               p.responsible_unit_id as unit_id, c.district_id, (r.outcome = 'RETURNED')::integer as returned
          from rectifications r
          join problems p on p.id = r.problem_id
          join checkpoints c on c.id = p.checkpoint_id
         where r.outcome in ('ACCEPTED', 'RETURNED') and r.reviewed_at is not null and p.status <> 'CANCELLED') x
 group by grouping sets ((week, district_id), (week, unit_id, district_id))
on conflict on constraint uk_problem_statistics do update
   set reviewed = s.reviewed + excluded.reviewed,
       returned = s.returned + excluded.returned;
