package org.chuangcheng.system;

import org.chuangcheng.shared.CappedPage;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** Links to another page of the current list, keeping its filters: {@code ${@pageLinks.to(2)}}. */
@Component("pageLinks")
class PageLinks {

    public String to(int page) {
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", Math.max(page, 0))
                .build();
        return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    }

    /**
     * Whether the page's total is only a lower bound: the count stopped at its cap and this is not the last page
     * (on the last one the total is what came before it plus its rows).
     */
    public boolean capped(Page<?> page) {
        return page instanceof CappedPage<?> && page.hasNext();
    }

    /** The current list sorted by another column; a second click on the same column reverses it. */
    public String sortBy(String property, String currentSort) {
        String next = (property + ",asc").equals(currentSort) ? property + ",desc" : property + ",asc";
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("sort", next)
                .replaceQueryParam("page")
                .build();
        return uri.getPath() + "?" + uri.getQuery();
    }
}
