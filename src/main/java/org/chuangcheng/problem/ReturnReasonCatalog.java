package org.chuangcheng.problem;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office's list of standard return reasons: everyone verifying picks from it, the office keeps it. */
@Service
@Transactional
@RequiredArgsConstructor
public class ReturnReasonCatalog {

    static final int MAX_LENGTH = 200;

    private final ReturnReasons reasons;

    @Transactional(readOnly = true)
    public List<ReturnReason> all() {
        return reasons.findAllByOrderBySortOrderAscIdAsc();
    }

    /** Adds a reason at the end of the list; the same text twice is refused. */
    public ReturnReason add(Actor actor, String text) {
        requireOffice(actor);
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            throw new BusinessRuleException("problem.returnReason.invalid", MAX_LENGTH).concerning("text");
        }
        if (reasons.existsByTextIgnoreCase(trimmed)) {
            throw new BusinessRuleException("problem.returnReason.taken", trimmed).concerning("text");
        }
        return reasons.save(new ReturnReason(trimmed, reasons.maxSortOrder() + 1));
    }

    public void remove(Actor actor, Long id) {
        requireOffice(actor);
        reasons.delete(reasons.findById(id).orElseThrow(() -> new NotFoundException("return reason", id)));
    }

    private static void requireOffice(Actor actor) {
        if (!actor.isOfficeOrAdmin()) {
            throw new AccessDeniedException("only the campaign office keeps the return reasons");
        }
    }
}
