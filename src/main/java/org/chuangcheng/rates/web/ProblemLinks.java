package org.chuangcheng.rates.web;

import org.chuangcheng.rates.RateFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links from a figure to the problems behind it, by the contract of the problem list:
 * {@code /problems?unitId=&districtId=&categoryId=&standardId=&from=&to=&scope=} where scope is one of
 * assigned, withDeadline, closed, due, onTime, overdue.
 */
class ProblemLinks {

    public String to(RateFilter filter, String scope) {
        String contextPath = ServletUriComponentsBuilder.fromCurrentContextPath().build().getPath();
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath((contextPath == null ? "" : contextPath) + "/problems");
        add(uri, "unitId", filter.unitId());
        add(uri, "districtId", filter.districtId());
        add(uri, "categoryId", filter.categoryId());
        add(uri, "standardId", filter.standardId());
        uri.queryParam("from", filter.from()).queryParam("to", filter.to()).queryParam("scope", scope);
        return uri.build().encode().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
