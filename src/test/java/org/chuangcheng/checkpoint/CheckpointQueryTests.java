package org.chuangcheng.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.organization.DemoRecords;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The checkpoint queries behind the list: each filter, and a liaison confined to her unit's checkpoints. */
class CheckpointQueryTests extends AbstractIntegrationTests {

    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    CheckpointCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    DemoRecords demo;
    Actor office;
    Actor liaison;
    Actor inspector;

    @BeforeEach
    void actors() {
        demo = DemoRecords.load(jdbc);
        office = new Actor(1L, "office", "王创城", Role.OFFICE, null);
        liaison = new Actor(2L, "liaison", "陈联络", Role.LIAISON, demo.liaisonUnitId());
        inspector = new Actor(3L, "inspector", "赵督查", Role.INSPECTOR, null);
    }

    private static PageRequest page() {
        return PageRequest.of(0, 200, Sort.by("name"));
    }

    @Test
    void aLiaisonSeesOnlyHerUnitsCheckpointsEvenWhenSheAsksForAnotherUnit() {
        var own = checkpoints.search(liaison, CheckpointFilter.none(), page());
        assertThat(own.getContent()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.getResponsibleUnit().getId()).isEqualTo(demo.liaisonUnitId()));
        var asked = checkpoints.search(liaison,
                new CheckpointFilter(null, null, demo.otherUnitId(), null, true), page());
        assertThat(asked.getContent())
                .allSatisfy(c -> assertThat(c.getResponsibleUnit().getId()).isEqualTo(demo.liaisonUnitId()));
        assertThatThrownBy(() -> checkpoints.get(liaison, demo.otherCheckpointId()))
                .isInstanceOf(CheckpointNotFound.class);
        assertThat(checkpoints.get(liaison, demo.ownCheckpointId()).getName()).isNotBlank();
    }

    @Test
    void inspectorsReadEveryUnitsCheckpointsButCannotChangeThem() {
        assertThat(checkpoints.get(inspector, demo.otherCheckpointId())).isNotNull();
        assertThatThrownBy(() -> checkpoints.deactivate(inspector, demo.otherCheckpointId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checkpoints.deactivate(liaison, demo.ownCheckpointId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void filtersByDistrictCategoryUnitAndText() {
        var byDistrict = checkpoints.search(office, new CheckpointFilter(demo.districtId(), null, null, null, false),
                page());
        assertThat(byDistrict.getContent()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.getDistrict().getId()).isEqualTo(demo.districtId()));
        var byCategory = checkpoints.search(office, new CheckpointFilter(null, demo.categoryId(), null, null, false),
                page());
        assertThat(byCategory.getContent()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.getCategory().getId()).isEqualTo(demo.categoryId()));
        var byUnit = checkpoints.search(office, new CheckpointFilter(null, null, demo.otherUnitId(), null, false),
                page());
        assertThat(byUnit.getContent()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.getResponsibleUnit().getId()).isEqualTo(demo.otherUnitId()));
        var byText = checkpoints.search(office, new CheckpointFilter(null, null, null, "解放", false), page());
        assertThat(byText.getContent()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.getName() + c.getAddress()).contains("解放"));
    }

    @Test
    void inactiveCheckpointsAppearOnlyWhenAskedFor() {
        String name = "停用测试" + UUID.randomUUID().toString().substring(0, 8);
        Checkpoint created = checkpoints.create(office, new CheckpointDetails(name, demo.categoryId(),
                demo.districtId(), "城关区人民路1号", BigDecimal.ONE, BigDecimal.TEN, demo.liaisonUnitId(), null, false));
        checkpoints.deactivate(office, created.getId());
        assertThat(checkpoints.search(office, new CheckpointFilter(null, null, null, name, false), page())).isEmpty();
        assertThat(checkpoints.search(office, new CheckpointFilter(null, null, null, name, true), page()).getContent())
                .extracting(Checkpoint::getId).containsExactly(created.getId());
    }

    @Test
    void sortingByARelatedColumnWorks() {
        var sorted = checkpoints.search(office, CheckpointFilter.none(),
                PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "district.name")));
        assertThat(sorted.getContent()).extracting(c -> c.getDistrict().getName())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void everyCategoryCountsItsOwnStandards() {
        var counts = catalog.standardCounts();
        long total = jdbc.queryForObject("select count(*) from standards where category_id is not null", Long.class);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        assertThat(catalog.checklist(demo.categoryId()))
                .hasSize((int) (counts.get(demo.categoryId()) + catalog.commonStandards().size()));
    }
}
