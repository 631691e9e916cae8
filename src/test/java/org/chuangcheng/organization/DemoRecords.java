package org.chuangcheng.organization;

import org.chuangcheng.demo.DemoCity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids of demo-city records the web and service tests need: the demo liaison's unit (市市场监管局, owner of
 * the farmers' markets) with one of its checkpoints, and another unit with one of its own.
 */
public record DemoRecords(long liaisonUnitId, long ownCheckpointId, long otherUnitId, long otherCheckpointId,
        long districtId, long categoryId, long workGroupId) {

    public static DemoRecords load(JdbcTemplate jdbc) {
        long liaisonUnit = jdbc.queryForObject("select id from units where name = ?", Long.class,
                DemoCity.LIAISON_UNIT);
        long ownCheckpoint = jdbc.queryForObject("""
                select min(c.id) from checkpoints c join checkpoint_categories k on k.id = c.category_id
                where k.code = 'farmers_market' and c.responsible_unit_id = ?""", Long.class, liaisonUnit);
        long otherUnit = jdbc.queryForObject("select id from units where short_name = '市卫健委'", Long.class);
        long otherCheckpoint = jdbc.queryForObject(
                "select min(id) from checkpoints where responsible_unit_id = ?", Long.class, otherUnit);
        long district = jdbc.queryForObject("select id from units where short_name = '城关区'", Long.class);
        long category = jdbc.queryForObject("select id from checkpoint_categories where code = 'farmers_market'",
                Long.class);
        long workGroup = jdbc.queryForObject("select id from work_groups where name = '市场环境组'", Long.class);
        return new DemoRecords(liaisonUnit, ownCheckpoint, otherUnit, otherCheckpoint, district, category, workGroup);
    }

    /** Replaces {own}, {other}, {ownUnit}, {otherUnit}, {category}, {workGroup} in a path. */
    public String expand(String path) {
        return path.replace("{ownUnit}", String.valueOf(liaisonUnitId))
                .replace("{otherUnit}", String.valueOf(otherUnitId))
                .replace("{own}", String.valueOf(ownCheckpointId))
                .replace("{other}", String.valueOf(otherCheckpointId))
                .replace("{category}", String.valueOf(categoryId))
                .replace("{workGroup}", String.valueOf(workGroupId));
    }
}
