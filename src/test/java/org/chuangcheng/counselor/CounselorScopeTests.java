package org.chuangcheng.counselor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.attachment.UploadedFiles;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.checkpoint.CheckpointNotFound;
import org.chuangcheng.inspection.Inspection;
import org.chuangcheng.inspection.InspectionFilter;
import org.chuangcheng.inspection.InspectionManagement;
import org.chuangcheng.inspection.InspectionRecord;
import org.chuangcheng.inspection.InspectionType;
import org.chuangcheng.inspection.ItemResult;
import org.chuangcheng.problem.NewProblem;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemFilter;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.ActorHolder;
import org.chuangcheng.shared.Role;
import org.chuangcheng.task.TaskFilter;
import org.chuangcheng.task.TaskManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A counselor reads what her groups cover (a district with every unit under it, and chosen units) and nothing
 * else, whatever URL she types, and records inspections only at those checkpoints. Each test builds its own group
 * over a district other than the demo group's, with its own counselor, so the expected figures are counted here.
 */
class CounselorScopeTests extends AbstractIntegrationTests {

    @Autowired
    CounselorGroupManagement groups;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    ProblemManagement problems;
    @Autowired
    TaskManagement tasks;
    @Autowired
    InspectionManagement inspections;
    @Autowired
    JdbcTemplate jdbc;

    record Setup(Account counselor, CounselorGroup group, Long district, Long unit, Set<Long> scope) {
    }

    Actor office() {
        return accounts.findByUsername("office").orElseThrow().toActor();
    }

    /** A new counselor in a new group over the second district and one city bureau outside it. */
    Setup setUp() {
        Account counselor = accounts.create("counselor-" + System.nanoTime(), "Demo@2026xyz", "测试辅导员",
                Role.COUNSELOR, null, null);
        Long district = jdbc.queryForObject("select id from units where type = 'DISTRICT' and active order by name"
                + " offset 1 limit 1", Long.class);
        Long unit = jdbc.queryForObject("""
                select min(c.responsible_unit_id) from checkpoints c join units u on u.id = c.responsible_unit_id
                where u.type <> 'DISTRICT' and u.parent_id is null and u.active
                """, Long.class);
        CounselorGroup group = groups.create(office(), new CounselorGroupDetails("测试辅导组-" + System.nanoTime(),
                List.of(counselor.getId()), List.of(district), List.of(unit)));
        Set<Long> scope = new HashSet<>(jdbc.queryForList("""
                with recursive sub(id) as (select ?::bigint union all select u.id from units u join sub on u.parent_id = sub.id)
                select id from sub
                """, Long.class, district));
        scope.add(unit);
        return new Setup(counselor, group, district, unit, scope);
    }

    UserDetails signIn(Setup s) {
        return users.loadUserByUsername(s.counselor().getUsername());
    }

    static Actor actor(UserDetails principal) {
        return ((ActorHolder) principal).actor();
    }

    String inScope(Set<Long> scope) {
        return scope.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void herScopeIsTheGroupsDistrictWithEveryUnitUnderItAndItsUnits() {
        Setup s = setUp();
        assertThat(actor(signIn(s)).scopeUnitIds()).containsExactlyInAnyOrderElementsOf(s.scope());
        assertThat(s.scope()).hasSizeGreaterThan(2);
    }

    @Test
    void sheListsExactlyHerGroupsCheckpointsTasksProblemsAndInspections() {
        Setup s = setUp();
        Actor counselor = actor(signIn(s));
        String ids = inScope(s.scope());

        var page = checkpoints.search(counselor, new CheckpointFilter(null, null, null, null, false), PageRequest.of(0, 5000));
        assertThat(page.getTotalElements()).isPositive()
                .isEqualTo(count("select count(*) from checkpoints where active and responsible_unit_id in (" + ids + ")"));
        assertThat(page.getContent()).allMatch(c -> s.scope().contains(c.getResponsibleUnit().getId()));

        assertThat(problems.count(counselor, ProblemFilter.none())).isPositive()
                .isEqualTo(count("select count(*) from problems where responsible_unit_id in (" + ids + ")"));
        assertThat(problems.search(counselor, ProblemFilter.none(), PageRequest.of(0, 50)).getTotalElements())
                .isEqualTo(problems.count(counselor, ProblemFilter.none()));

        assertThat(tasks.search(counselor, TaskFilter.none(), PageRequest.of(0, 1)).getTotalElements())
                .isEqualTo(count("select count(*) from tasks t where t.lead_unit_id in (" + ids + ") or exists (select 1"
                        + " from task_co_units cu where cu.task_id = t.id and cu.unit_id in (" + ids + "))"));

        var found = inspections.search(counselor, new InspectionFilter(null, null, null, null, null, null),
                PageRequest.of(0, 5000)).getContent();
        assertThat(found).allMatch(i -> s.scope().contains(i.getCheckpoint().getResponsibleUnit().getId()));
    }

    @Test
    void anotherUnitsRecordsAreNotFoundToHerWhateverTheUrl() throws Exception {
        Setup s = setUp();
        UserDetails counselor = signIn(s);
        String ids = inScope(s.scope());
        Long checkpoint = count("select min(id) from checkpoints where responsible_unit_id not in (" + ids + ")");
        Long task = count("select min(t.id) from tasks t where t.lead_unit_id not in (" + ids + ") and not exists"
                + " (select 1 from task_co_units cu where cu.task_id = t.id and cu.unit_id in (" + ids + "))");
        Long inspection = count("select min(i.id) from inspections i join checkpoints c on c.id = i.checkpoint_id"
                + " where i.status = 'FINISHED' and c.responsible_unit_id not in (" + ids + ")");
        Problem withPhoto = problems.raise(office(), new NewProblem(checkpoint, null, null, "辅导员不应看到的问题",
                ProblemSeverity.GENERAL, null, null), List.of(UploadedFiles.photo(UploadedFiles.uniquePng())));
        Long photo = count("select a.attachment_id from problem_event_attachments a join problem_events e"
                + " on e.id = a.event_id where e.problem_id = " + withPhoto.getId());

        mvc.perform(get("/problems/" + withPhoto.getId() + "/photos/" + photo).with(user(users.loadUserByUsername("office"))))
                .andExpect(status().isOk());
        for (String url : List.of("/checkpoints/" + checkpoint, "/tasks/" + task, "/inspections/" + inspection,
                "/problems/" + withPhoto.getId(), "/problems/" + withPhoto.getId() + "/photos/" + photo,
                "/inspections/new?checkpointId=" + checkpoint)) {
            mvc.perform(get(url).with(user(counselor))).andExpect(status().isNotFound());
        }
        for (String url : List.of("/units/" + s.unit(), "/visits", "/activities", "/meetings", "/rates", "/grids",
                "/dashboard", "/api/rates", "/tasks/completion", "/categories")) {
            mvc.perform(get(url).with(user(counselor))).andExpect(status().isForbidden());
        }
    }

    @Test
    void herExportsHoldOnlyHerGroupsRecords() throws Exception {
        Setup s = setUp();
        UserDetails counselor = signIn(s);
        UserDetails office = users.loadUserByUsername("office");
        long mine = problems.count(actor(counselor), ProblemFilter.none());
        long all = problems.count(office(), ProblemFilter.none());
        assertThat(mine).isPositive().isLessThan(all);
        int officeRows = rows("/problems/export.xlsx", office);
        assertThat(officeRows - rows("/problems/export.xlsx", counselor)).isEqualTo(all - mine);

        long myTasks = tasks.search(actor(counselor), TaskFilter.none(), PageRequest.of(0, 1)).getTotalElements();
        long allTasks = tasks.search(office(), TaskFilter.none(), PageRequest.of(0, 1)).getTotalElements();
        assertThat(myTasks).isLessThan(allTasks);
        assertThat(rows("/tasks/export.xlsx", office) - rows("/tasks/export.xlsx", counselor)).isEqualTo(allTasks - myTasks);
    }

    int rows(String url, UserDetails who) throws Exception {
        byte[] body = mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            return book.getSheetAt(0).getPhysicalNumberOfRows();
        }
    }

    @Test
    void sheRecordsAnInspectionAtHerGroupsCheckpointAndNowhereElse() {
        Setup s = setUp();
        Actor counselor = actor(signIn(s));
        String ids = inScope(s.scope());
        Long mine = count("select min(id) from checkpoints where active and responsible_unit_id in (" + ids + ")");
        Long other = count("select min(id) from checkpoints where active and responsible_unit_id not in (" + ids + ")");
        InspectionRecord record = new InspectionRecord(InspectionType.ROUTINE, Instant.now(), "测试辅导员", null, null,
                null, Map.of(), Map.of());

        Inspection draft = inspections.create(counselor, mine, record, List.of(), false);
        assertThat(inspections.get(counselor, draft.getId()).getCheckpoint().getId()).isEqualTo(mine);

        // finished with a failed standard: the problem goes into the loop, at her checkpoint
        var checklist = inspections.checklistFor(counselor, mine);
        Map<Long, ItemResult> results = new java.util.HashMap<>();
        checklist.forEach(st -> results.put(st.getId(), ItemResult.PASS));
        results.put(checklist.get(0).getId(), ItemResult.FAIL);
        Inspection finished = inspections.create(counselor, mine, new InspectionRecord(InspectionType.ROUTINE,
                Instant.now(), "测试辅导员", null, null, null, results, Map.of(checklist.get(0).getId(), "第1项不达标")),
                List.of(), true);
        assertThat(problems.raisedBy(counselor, finished.getId())).singleElement()
                .satisfies(p -> assertThat(p.getCheckpoint().getId()).isEqualTo(mine));
        assertThatThrownBy(() -> inspections.create(counselor, other, record, List.of(), false))
                .isInstanceOf(CheckpointNotFound.class);
    }

    @Autowired
    org.chuangcheng.shared.CounselorScopes scopes;

    @Test
    void herScopeIsKeptBetweenPagesAndForgottenOnceTheOfficeChangesAGroup() {
        Setup s = setUp();
        Long id = s.counselor().getId();
        assertThat(scopes.unitsCoveredFor(id)).containsExactlyInAnyOrderElementsOf(s.scope());
        // a change behind the application's back is not read again on her next page: the scope is kept
        jdbc.update("delete from counselor_group_units where group_id = ?", s.group().getId());
        assertThat(scopes.unitsCoveredFor(id)).containsExactlyInAnyOrderElementsOf(s.scope());
        // any change of groups through the office's form forgets what was kept
        CounselorGroup other = groups.create(office(), new CounselorGroupDetails("另一辅导组-" + System.nanoTime(),
                List.of(accounts.create("counselor-" + System.nanoTime(), "Demo@2026xyz", "另一辅导员", Role.COUNSELOR,
                        null, null).getId()), List.of(), List.of(s.unit())));
        assertThat(scopes.unitsCoveredFor(id)).doesNotContain(s.unit()).hasSize(s.scope().size() - 1);
        groups.delete(office(), other.getId(), other.getVersion());
    }

    @Test
    void whatTheOfficeChangesInHerGroupsAppliesAtHerNextPageWithoutSigningInAgain() throws Exception {
        Setup s = setUp();
        UserDetails signedIn = signIn(s);
        Long bureauCheckpoint = count("select min(id) from checkpoints where responsible_unit_id = " + s.unit());
        mvc.perform(get("/checkpoints/" + bureauCheckpoint).with(user(signedIn))).andExpect(status().isOk());

        CounselorGroup group = groups.get(office(), s.group().getId());
        groups.update(office(), group.getId(), group.getVersion(), new CounselorGroupDetails(group.getName(),
                List.of(s.counselor().getId()), List.of(s.district()), List.of()));
        mvc.perform(get("/checkpoints/" + bureauCheckpoint).with(user(signedIn))).andExpect(status().isNotFound());

        CounselorGroup changed = groups.get(office(), s.group().getId());
        groups.delete(office(), changed.getId(), changed.getVersion());
        Checkpoint inDistrict = checkpoints.search(office(), new CheckpointFilter(s.district(), null, null, null, false),
                PageRequest.of(0, 1)).getContent().get(0);
        mvc.perform(get("/checkpoints/" + inDistrict.getId()).with(user(signedIn))).andExpect(status().isNotFound());
        assertThat(checkpoints.search(actor(signIn(s)), new CheckpointFilter(null, null, null, null, false),
                PageRequest.of(0, 1)).getTotalElements()).isZero();
    }
}
