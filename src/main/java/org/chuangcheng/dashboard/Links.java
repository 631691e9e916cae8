package org.chuangcheng.dashboard;

import java.time.LocalDate;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.rates.RateFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links from a figure to the records behind it, by the list pages' URL contracts: {@code /problems} (unitId,
 * unitType, districtId, categoryId, standardId, checkpointId, from, to, scope), {@code /tasks} (districtId,
 * leadUnitId, from, to, closed, stale, overdue), {@code /visits/compliance}, {@code /reports/figures} and
 * {@code /activities} (from, to, districtId, unitType), {@code /reports} (unitId, from, to, stage). Paths without
 * the context path: templates add it with {@code @{...}}.
 */
public final class Links {

    private Links() {
    }

    public static String problems(RateFilter f, String scope) {
        return problems(f, scope, null);
    }

    /** The problems of a filter and scope, of the responsible units of a type ({@code null}: of any). */
    public static String problems(RateFilter f, String scope, UnitType unitType) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/problems");
        add(uri, "unitId", f.unitId());
        add(uri, "unitType", unitType == null ? null : unitType.name());
        add(uri, "districtId", f.districtId());
        add(uri, "categoryId", f.categoryId());
        add(uri, "standardId", f.standardId());
        uri.queryParam("from", f.from()).queryParam("to", f.to());
        add(uri, "scope", scope);
        return uri.build().encode().toUriString();
    }

    public static String checkpointProblems(long checkpointId, RateFilter f) {
        return UriComponentsBuilder.fromPath("/problems").queryParam("checkpointId", checkpointId)
                .queryParam("from", f.from()).queryParam("to", f.to()).build().encode().toUriString();
    }

    public static String problem(long id) {
        return "/problems/" + id;
    }

    public static String tasks(Long districtId, Long leadUnitId, LocalDate from, LocalDate to, String flag) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/tasks");
        add(uri, "districtId", districtId);
        add(uri, "leadUnitId", leadUnitId);
        add(uri, "from", from);
        add(uri, "to", to);
        if (flag != null) {
            uri.queryParam(flag, true);
        }
        return uri.build().encode().toUriString();
    }

    public static String checkpoints(Long districtId, Long categoryId, Long unitId) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/checkpoints");
        add(uri, "districtId", districtId);
        add(uri, "categoryId", categoryId);
        add(uri, "unitId", unitId);
        return uri.build().encode().toUriString();
    }

    /** Visit compliance by leader over the period, the district's, of the paired units of the type. */
    public static String visits(LocalDate from, LocalDate to, Long districtId, UnitType unitType) {
        return period("/visits/compliance", from, to, districtId, unitType).build().encode().toUriString();
    }

    /** The citizen-report channel's figures of the period, of the reports handed to the district's units of the type. */
    public static String reportFigures(LocalDate from, LocalDate to, Long districtId, UnitType unitType) {
        return period("/reports/figures", from, to, districtId, unitType).build().encode().toUriString();
    }

    /** A unit's citizen reports dispatched to it (and how they ended) among those submitted in the period. */
    public static String unitReports(long unitId, LocalDate from, LocalDate to) {
        return UriComponentsBuilder.fromPath("/reports").queryParam("unitId", unitId).queryParam("from", from)
                .queryParam("to", to).queryParam("stage", "DISPATCHED").build().encode().toUriString();
    }

    /** The volunteer activities held in the period, in the district, by the units of the type. */
    public static String activities(LocalDate from, LocalDate to, Long districtId, UnitType unitType) {
        return period("/activities", from, to, districtId, unitType).build().encode().toUriString();
    }

    private static UriComponentsBuilder period(String path, LocalDate from, LocalDate to, Long districtId,
            UnitType unitType) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("from", from).queryParam("to", to);
        add(uri, "districtId", districtId);
        add(uri, "unitType", unitType == null ? null : unitType.name());
        return uri;
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
