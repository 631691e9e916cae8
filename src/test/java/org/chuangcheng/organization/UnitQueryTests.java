package org.chuangcheng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The unit queries behind the pages: filters, and a liaison confined to her own unit. */
class UnitQueryTests extends AbstractIntegrationTests {

    @Autowired
    UnitManagement units;
    @Autowired
    JdbcTemplate jdbc;

    DemoRecords demo;
    Actor office;
    Actor liaison;
    Actor leader;

    @BeforeEach
    void actors() {
        demo = DemoRecords.load(jdbc);
        office = new Actor(1L, "office", "王创城", Role.OFFICE, null);
        liaison = new Actor(2L, "liaison", "陈联络", Role.LIAISON, demo.liaisonUnitId());
        leader = new Actor(3L, "leader", "李市长", Role.LEADER, null);
    }

    @Test
    void aLiaisonFindsOnlyHerOwnUnitWhateverSheSearchesFor() {
        assertThat(units.search(liaison, null, null, PageRequest.of(0, 50)).getContent())
                .extracting(Unit::getId).containsExactly(demo.liaisonUnitId());
        assertThat(units.search(liaison, UnitType.BUREAU, "卫健", PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    void theOfficeFiltersByTypeAndText() {
        assertThat(units.search(office, UnitType.DISTRICT, null, PageRequest.of(0, 50)).getContent())
                .hasSize(6).allSatisfy(u -> assertThat(u.getType()).isEqualTo(UnitType.DISTRICT));
        assertThat(units.search(office, null, "卫健委", PageRequest.of(0, 50)).getContent())
                .extracting(Unit::getShortName).contains("市卫健委");
        assertThat(units.search(office, null, null, PageRequest.of(0, 5, Sort.by("name"))).getTotalElements())
                .isGreaterThanOrEqualTo(41);
    }

    @Test
    void aLiaisonMeetsAnotherUnitAsNotFound() {
        assertThatThrownBy(() -> units.getVisible(liaison, demo.otherUnitId())).isInstanceOf(UnitNotFound.class);
        assertThatThrownBy(() -> units.children(liaison, demo.otherUnitId())).isInstanceOf(UnitNotFound.class);
        assertThatThrownBy(() -> units.updateContact(liaison, demo.otherUnitId(), 0, "x", null))
                .isInstanceOf(UnitNotFound.class);
        assertThat(units.getVisible(liaison, demo.liaisonUnitId()).getName()).isEqualTo("江城市市场监督管理局");
    }

    @Test
    void aLeaderMayNotChangeContacts() {
        Unit unit = units.get(demo.otherUnitId());
        assertThatThrownBy(() -> units.updateContact(leader, unit.getId(), unit.getVersion(), "x", null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDistrictsChildrenAreItsStreets() {
        assertThat(units.children(office, demo.districtId()))
                .extracting(Unit::getName).contains("城关区中心街道办事处");
        assertThat(units.children(office, demo.districtId()))
                .allSatisfy(u -> assertThat(units.get(u.getId()).getParent().getName()).isEqualTo("江城市城关区人民政府"));
    }
}
