package org.chuangcheng.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Fills an empty (migrated) database with a prefecture-level city's five years of campaign history, through the
 * same tables the application writes: 20 districts, 480 other units with a liaison each, 10,000 checkpoints,
 * {@code problems / 5} inspections with their checklists, and {@code problems} problems raised by those
 * inspections' failed standards, in every state (open, submitted, returned, overdue, closed on time and late,
 * cancelled, long-term, extended, reassigned), with their rectifications and timeline events. Set-based SQL
 * ({@code generate_series}) on one connection; the statistics triggers are off during the load and the
 * statistics are rebuilt from the raw rows at the end, which is faster than counting row by row. Deadlines are
 * calendar days here (the app counts working days): the figures do not care. Every account's password is
 * {@code Demo@2026}: {@code office}, {@code leader}, {@code inspector}, {@code admin}, {@code liaison} and
 * {@code liaison-<unit id>}.
 */
public class CityGenerator {

    static final int DISTRICTS = 20;
    static final int UNITS = 500;
    static final int CHECKPOINTS = 10_000;
    static final int YEARS = 5;
    static final int PROBLEMS_PER_INSPECTION = 5;

    private final DataSource dataSource;
    private final ZoneId zone;

    public CityGenerator(DataSource dataSource, ZoneId zone) {
        this.dataSource = dataSource;
        this.zone = zone;
    }

    /** Whether the database holds no unit and no problem yet (migrated, no demo city). */
    public boolean isEmpty() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("select (select count(*) from units) + (select count(*) from problems)")) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    public void generate(int problems) throws SQLException {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(zone);
        LocalDate start = today.minusYears(YEARS);
        int days = (int) (today.toEpochDay() - start.toEpochDay());
        int inspections = (problems + PROBLEMS_PER_INSPECTION - 1) / PROBLEMS_PER_INSPECTION;
        String password = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("Demo@2026");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                Step step = new Step(s, started);
                step.run("session", """
                        set local synchronous_commit = off;
                        select setseed(0.2026);
                        alter table problems disable trigger problem_statistics;
                        alter table rectifications disable trigger problem_statistics""");
                if (isSuperuser(s)) {
                    // the rows are consistent by construction: skip the per-row foreign-key checks of the load
                    step.run("no row triggers", "set local session_replication_role = replica");
                }
                // building an index once over sorted rows is far cheaper than a million insertions into it
                List<String> indexes = secondaryIndexes(s);
                step.run("drop indexes", indexes.stream()
                        .map(d -> "drop index " + d.replaceFirst("^CREATE (UNIQUE )?INDEX (\\S+) .*$", "$2"))
                        .collect(Collectors.joining(";\n")));
                step.run("units and accounts", """
                        insert into units (name, short_name, type)
                        select '江城市第' || g || '区', '第' || g || '区', 'DISTRICT' from generate_series(1, %1$d) g;
                        insert into units (name, short_name, type, parent_id)
                        select case g %% 4 when 0 then '市第' || g || '局' when 1 then '第' || g || '街道'
                                           when 2 then '第' || g || '社区' else '第' || g || '公司' end,
                               case g %% 4 when 0 then '第' || g || '局' when 1 then g || '街道'
                                           when 2 then g || '社区' else g || '公司' end,
                               (array['BUREAU', 'STREET', 'COMMUNITY', 'ENTERPRISE'])[1 + g %% 4],
                               case when g %% 4 in (1, 2) then d.ids[1 + g %% %1$d] end
                          from generate_series(1, %2$d) g,
                               (select array_agg(id order by id) as ids from units where type = 'DISTRICT') d;
                        insert into accounts (username, password_hash, display_name, role)
                        values ('admin', '%3$s', '系统管理员', 'ADMIN'), ('office', '%3$s', '创城办', 'OFFICE'),
                               ('leader', '%3$s', '市领导', 'LEADER'), ('inspector', '%3$s', '督查员', 'INSPECTOR');
                        insert into accounts (username, password_hash, display_name, role, unit_id)
                        select 'liaison-' || id, '%3$s', '联络员' || id, 'LIAISON', id from units where type <> 'DISTRICT';
                        insert into accounts (username, password_hash, display_name, role, unit_id)
                        select 'liaison', '%3$s', '联络员', 'LIAISON', min(id) from units where type <> 'DISTRICT'
                        """.formatted(DISTRICTS, UNITS - DISTRICTS, password));
                step.run("checkpoints", """
                        insert into checkpoints (name, category_id, district_id, address, responsible_unit_id,
                                                 paired_leader_id, active)
                        select '点位' || g, cat.ids[1 + (g * 7) %% cat.n], d.ids[1 + g %% d.n], '江城市 ' || g || ' 号',
                               u.ids[1 + (g * 13) %% u.n], case when g %% 50 = 0 then l.id end, g %% 200 <> 0
                          from generate_series(1, %d) g,
                               (select array_agg(id order by id) as ids, count(*)::int as n from checkpoint_categories) cat,
                               (select array_agg(id order by id) as ids, count(*)::int as n from units where type = 'DISTRICT') d,
                               (select array_agg(id order by id) as ids, count(*)::int as n from units where type <> 'DISTRICT') u,
                               (select id from accounts where username = 'leader') l
                        """.formatted(CHECKPOINTS));
                // the pairing history that visit compliance reads (V112), as the migration records today's pairings
                step.run("pairings", """
                        insert into checkpoint_pairings (checkpoint_id, leader_id, unit_id, effective_from)
                        select id, paired_leader_id, responsible_unit_id, date '2000-01-01' from checkpoints where active""");
                step.run("checklists", """
                        create temp table gen_checklists on commit drop as
                        select c.id as category_id, array_agg(s.id order by s.category_id nulls last, s.sort_order) as ids,
                               count(*)::int as n
                          from checkpoint_categories c join standards s on s.category_id = c.id or s.category_id is null
                         group by c.id""");
                // one inspection per g, evenly over the five years, ids in time order
                step.run("inspections", """
                        insert into inspections (checkpoint_id, type, status, inspected_at, inspectors, created_by,
                                                 finished_at, passed_count, assessed_count)
                        select cp.ids[1 + floor(random() * cp.n)::int], (array['ROUTINE', 'SPECIAL', 'MONTHLY', 'THIRD_PARTY'])[1 + g %% 4],
                               'FINISHED', x.at - interval '1 hour', '督查员', i.id, x.at, 0, 0
                          from (select g, ((date '%s' + (g::bigint * %d / %d)::int) + time '09:00'
                                           + random() * interval '8 hours') at time zone '%s' as at
                                  from generate_series(1, %d) g) x,
                               (select array_agg(id order by id) as ids, count(*)::int as n from checkpoints) cp,
                               (select id from accounts where username = 'inspector') i
                        """.formatted(start, days, inspections, zone.getId(), inspections));
                step.run("problems (computed)", """
                        create temp table gen_p on commit drop as
                        with raised as (
                            select g, i.id as inspection_id, i.checkpoint_id, c.responsible_unit_id as unit_id,
                                   cl.ids[1 + (((g - 1) %% %3$d) + i.id) %% cl.n] as standard_id,
                                   (i.finished_at at time zone '%4$s')::date as assigned_on,
                                   random() as r1, random() as r2, random() as r3, random() as r4
                              from generate_series(1, %1$d) g
                              join inspections i on i.id = (select min(id) from inspections) + (g - 1) / %3$d
                              join checkpoints c on c.id = i.checkpoint_id
                              join gen_checklists cl on cl.category_id = c.category_id
                        ), classed as (
                            select r.*,
                                   case when r1 < 0.1 then 'IMMEDIATE' when r1 < 0.7 then 'GENERAL'
                                        when r1 < 0.95 then 'MAJOR' else 'LONG_TERM' end as severity,
                                   case when r1 < 0.1 then 1 when r1 < 0.7 then 7 when r1 < 0.95 then 21 end as span,
                                   date '%2$s' - assigned_on as age
                              from raised r
                        ), fated as (
                            select c.*,
                                   case when r2 < 0.03 then 'CANCELLED'
                                        when (age > 60 and r2 < 0.04) or (age <= 60 and r2 < 0.03 + 0.97 * (1 - age / 75.0))
                                            then (array['ASSIGNED', 'ASSIGNED', 'SUBMITTED', 'RETURNED'])[1 + floor(r4 * 4)::int]
                                        else 'CLOSED' end as status,
                                   case when span is null then null else assigned_on + span end as deadline,
                                   least(assigned_on + floor(r3 * r3 * coalesce(span, 30) * 1.6)::int, date '%2$s') as submit_on
                              from classed c
                        )
                        select (select coalesce(max(id), 0) from problems) + g as id, f.*,
                               least(submit_on + 1 + floor(r4 * 3)::int, date '%2$s') as review_on
                          from fated f""".formatted(problems, today, PROBLEMS_PER_INSPECTION, zone.getId()));
                step.run("problems", """
                        insert into problems (id, origin, inspection_id, checkpoint_id, standard_id, description,
                                              responsible_unit_id, severity, status, assigned_on, deadline,
                                              accepted_submitted_on, closed_at, created_by, created_at, updated_at)
                        select p.id, 'INSPECTION', p.inspection_id, p.checkpoint_id, p.standard_id,
                               '督查发现问题 ' || p.id, p.unit_id, p.severity, p.status, p.assigned_on, p.deadline,
                               case when p.status = 'CLOSED' then p.submit_on end,
                               case when p.status = 'CLOSED' then (p.review_on + time '15:00') at time zone '%1$s' end,
                               i.id, (p.assigned_on + time '09:00') at time zone '%1$s',
                               (p.assigned_on + time '09:00') at time zone '%1$s'
                          from gen_p p, (select id from accounts where username = 'inspector') i
                         order by p.id;
                        select setval(pg_get_serial_sequence('problems', 'id'), (select max(id) from problems))
                        """.formatted(zone.getId()));
                // a first attempt returned for some problems, then the final one: accepted, pending or returned
                step.run("rectifications", """
                        insert into rectifications (problem_id, text, submitted_by, submitted_at, submitted_on, outcome,
                                                    reviewed_by, reviewed_at, review_comment)
                        select p.id, '已整改，见照片', l.id, (p.assigned_on + time '10:00') at time zone '%1$s', p.assigned_on,
                               'RETURNED', o.id, (p.assigned_on + time '16:00') at time zone '%1$s', '照片不清楚'
                          from gen_p p
                          join accounts l on l.username = 'liaison-' || p.unit_id
                          cross join (select id from accounts where username = 'office') o
                         where (p.status = 'CLOSED' and p.id %% 5 = 0) or (p.status = 'SUBMITTED' and p.id %% 3 = 0)
                            or (p.status = 'CANCELLED' and p.id %% 2 = 0);
                        insert into rectifications (problem_id, text, submitted_by, submitted_at, submitted_on, outcome,
                                                    reviewed_by, reviewed_at, review_comment)
                        select p.id, '整改完成', l.id, (p.submit_on + time '11:00') at time zone '%1$s', p.submit_on,
                               case p.status when 'CLOSED' then 'ACCEPTED' when 'RETURNED' then 'RETURNED' else 'PENDING' end,
                               case when p.status <> 'SUBMITTED' then o.id end,
                               case when p.status <> 'SUBMITTED' then (p.review_on + time '15:00') at time zone '%1$s' end,
                               case when p.status = 'RETURNED' then '未整改到位' end
                          from gen_p p
                          join accounts l on l.username = 'liaison-' || p.unit_id
                          cross join (select id from accounts where username = 'office') o
                         where p.status in ('CLOSED', 'SUBMITTED', 'RETURNED')""".formatted(zone.getId()));
                step.run("events", """
                        insert into problem_events (problem_id, type, from_status, to_status, actor_id, occurred_at,
                                                    new_deadline, new_unit_id)
                        select p.id, 'ASSIGN', null, 'ASSIGNED', i.id, (p.assigned_on + time '09:00') at time zone '%1$s',
                               case when p.id %% 20 = 7 and p.deadline is not null then p.deadline - 7 else p.deadline end,
                               p.unit_id
                          from gen_p p, (select id from accounts where username = 'inspector') i;
                        insert into problem_events (problem_id, type, from_status, to_status, actor_id, occurred_at)
                        select r.problem_id, 'SUBMIT', case when r.outcome = 'RETURNED' and r.submitted_on = p.assigned_on
                                                            then 'ASSIGNED' else 'RETURNED' end,
                               'SUBMITTED', r.submitted_by, r.submitted_at
                          from rectifications r join gen_p p on p.id = r.problem_id;
                        insert into problem_events (problem_id, type, from_status, to_status, actor_id, occurred_at, comment)
                        select r.problem_id, case r.outcome when 'ACCEPTED' then 'CLOSE' else 'RETURN' end, 'SUBMITTED',
                               case r.outcome when 'ACCEPTED' then 'CLOSED' else 'RETURNED' end, r.reviewed_by,
                               r.reviewed_at, r.review_comment
                          from rectifications r join gen_p p on p.id = r.problem_id
                         where r.outcome in ('ACCEPTED', 'RETURNED');
                        insert into problem_events (problem_id, type, from_status, to_status, actor_id, occurred_at,
                                                    comment, old_deadline, new_deadline)
                        select p.id, 'EXTEND', 'ASSIGNED', 'ASSIGNED', o.id, (p.assigned_on + time '17:00') at time zone '%1$s',
                               '情况复杂，申请延期', p.deadline - 7, p.deadline
                          from gen_p p, (select id from accounts where username = 'office') o
                         where p.id %% 20 = 7 and p.deadline is not null;
                        insert into problem_events (problem_id, type, from_status, to_status, actor_id, occurred_at,
                                                    comment, old_unit_id, new_unit_id)
                        select p.id, 'REASSIGN', 'ASSIGNED', 'ASSIGNED', o.id, (p.assigned_on + time '17:30') at time zone '%1$s',
                               '职责调整，转办', u.ids[1 + (p.id %% u.n)], p.unit_id
                          from gen_p p, (select id from accounts where username = 'office') o,
                               (select array_agg(id) as ids, count(*)::int as n from units where type <> 'DISTRICT') u
                         where p.id %% 33 = 5;
                        insert into problem_events (problem_id, type, from_status, to_status, actor_id, occurred_at, comment)
                        select p.id, 'CANCEL', 'ASSIGNED', 'CANCELLED', o.id, (p.review_on + time '18:00') at time zone '%1$s',
                               '重复交办，作废'
                          from gen_p p, (select id from accounts where username = 'office') o
                         where p.status = 'CANCELLED'""".formatted(zone.getId()));
                step.run("checklist items", """
                        insert into inspection_items (inspection_id, standard_id, result)
                        select i.id, s.standard_id,
                               case when f.inspection_id is not null then 'FAIL'
                                    when random() < 0.08 then 'NOT_APPLICABLE' else 'PASS' end
                          from inspections i
                          join checkpoints c on c.id = i.checkpoint_id
                          join gen_checklists cl on cl.category_id = c.category_id
                          cross join lateral unnest(cl.ids) as s(standard_id)
                          left join (select distinct inspection_id, standard_id from gen_p) f
                                 on f.inspection_id = i.id and f.standard_id = s.standard_id;
                        update inspections i set passed_count = x.passed, assessed_count = x.assessed
                          from (select inspection_id, count(*) filter (where result = 'PASS') as passed,
                                       count(*) filter (where result in ('PASS', 'FAIL')) as assessed
                                  from inspection_items group by inspection_id) x
                         where x.inspection_id = i.id;
                        insert into inspections (checkpoint_id, type, status, inspected_at, inspectors, created_by)
                        select c.id, 'ROUTINE', 'DRAFT', now() - interval '2 hours', '督查员', a.id
                          from checkpoints c, (select id from accounts where username = 'inspector') a
                         where c.id % 500 = 1""");
                step.run("create indexes", "set local maintenance_work_mem = '512MB';\n"
                        + String.join(";\n", indexes));
                step.run("statistics", """
                        set local session_replication_role = origin;
                        alter table problems enable trigger problem_statistics;
                        alter table rectifications enable trigger problem_statistics;
                        update problem_statistics_settings set time_zone = '%s' where id = 1;
                        select problem_statistics_rebuild()""".formatted(zone.getId()));
                c.commit();
                c.setAutoCommit(true);
                step.run("vacuum analyze", "vacuum analyze");
            }
        }
    }

    /** The definitions of the indexes of the loaded tables that no constraint owns. */
    private static List<String> secondaryIndexes(Statement s) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (var rs = s.executeQuery("""
                select indexdef from pg_indexes i
                 where schemaname = current_schema()
                   and tablename in ('problems', 'rectifications', 'problem_events', 'inspections', 'inspection_items')
                   and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""")) {
            while (rs.next()) {
                definitions.add(rs.getString(1));
            }
        }
        return definitions;
    }

    private static boolean isSuperuser(Statement s) throws SQLException {
        try (var rs = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Runs one step's statements and prints how long it took. */
    private record Step(Statement statement, long started) {
        void run(String name, String sql) throws SQLException {
            long t = System.nanoTime();
            for (String part : sql.split(";\n")) {
                if (!part.isBlank()) {
                    statement.execute(part);
                }
            }
            System.out.printf("generator: %-22s %6.1f s (total %6.1f s)%n", name, (System.nanoTime() - t) / 1e9,
                    (System.nanoTime() - started) / 1e9);
        }
    }
}
