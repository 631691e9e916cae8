package org.chuangcheng.shared;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose count stopped at a cap: counting every match of a broad filter (a status, a text
 * search) over a million rows on each page view costs more than the page itself, and nobody pages through
 * ten thousand rows. The total is then a lower bound ("more than 10,000", {@code pager.position.capped}); a
 * full page always offers a next one.
 */
public final class CappedPage<T> extends PageImpl<T> {

    /** How far a list counts before it says "more than". */
    public static final int COUNT_CAP = 10_000;

    private CappedPage(List<T> content, Pageable pageable, long total) {
        super(content, pageable, total);
    }

    /**
     * The page with its total: exact when the count found at most {@code cap} rows, else capped.
     *
     * @param found what a count limited to {@code cap + 1} rows found
     */
    public static <T> Page<T> of(List<T> content, Pageable pageable, long found, int cap) {
        return found > cap ? new CappedPage<>(content, pageable, cap) : new PageImpl<>(content, pageable, found);
    }

    @Override
    public boolean hasNext() {
        return super.hasNext() || getContent().size() == getSize();
    }

    @Override
    public boolean isLast() {
        return !hasNext();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CappedPage<?> && super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
