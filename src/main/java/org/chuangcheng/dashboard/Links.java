package org.chuangcheng.dashboard;

import java.time.LocalDate;
import org.chuangcheng.rates.RateFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links from a figure to the records behind it, by the list pages' URL contracts: {@code /problems} (unitId,
 * districtId, categoryId, standardId, checkpointId, from, to, scope) and {@code /tasks} (districtId,
 * leadUnitId, from, to, closed, stale, overdue). Paths without the context path: templates add it with
 * {@code @{...}}.
 */
public final class Links {

    private Links() {
    }

    public static String problems(RateFilter f, String scope) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/problems");
        add(uri, "unitId", f.unitId());
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

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
