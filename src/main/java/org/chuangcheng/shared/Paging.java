package org.chuangcheng.shared;

import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Lists page and sort only as the application allows, whatever a URL asks for. */
public final class Paging {

    /** The largest page a list serves. */
    public static final int MAX_PAGE_SIZE = 100;

    /** The deepest page a list serves: deeper asks ({@code ?page=2147483647}) get an empty last page. */
    public static final int MAX_PAGE = 10_000;

    private Paging() {
    }

    /**
     * Keeps only the sortable columns (an unknown property typed into the URL would otherwise fail in the
     * query), falls back to {@code defaultSort} and breaks ties with it so pages are stable, and caps the
     * page size and depth (an offset past the int range would fail in the query).
     */
    public static Pageable restrict(Pageable pageable, Set<String> sortable, Sort defaultSort) {
        Sort sort = Sort.by(pageable.getSort().stream().filter(o -> sortable.contains(o.getProperty())).toList());
        if (sort.isUnsorted()) {
            sort = defaultSort;
        } else {
            for (Sort.Order order : defaultSort) {
                if (sort.getOrderFor(order.getProperty()) == null) {
                    sort = sort.and(Sort.by(order));
                }
            }
        }
        return PageRequest.of(Math.min(pageable.getPageNumber(), MAX_PAGE), Math.min(pageable.getPageSize(), MAX_PAGE_SIZE),
                sort);
    }
}
