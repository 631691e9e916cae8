package org.chuangcheng.checkpoint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the reference data: checkpoint categories and their checklists. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CheckpointCatalog {

    private final CheckpointCategories categories;
    private final Standards standards;

    public List<CheckpointCategory> categories() {
        return categories.findAllByOrderBySortOrder();
    }

    public CheckpointCategory category(Long id) {
        return categories.findById(id).orElseThrow(() -> new NotFoundException("checkpoint category", id));
    }

    public CheckpointCategory categoryByCode(String code) {
        return categories.findByCode(code).orElseThrow(() -> new NotFoundException("checkpoint category", code));
    }

    /** What an inspector checks at a checkpoint of this category: its own standards, then the common ones. */
    public List<Standard> checklist(Long categoryId) {
        return standards.checklistOf(categoryId);
    }

    /** How many standards of its own each category has (common standards not counted); absent = none. */
    public Map<Long, Long> standardCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : standards.countPerCategory()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    public List<Standard> commonStandards() {
        return standards.common();
    }

    public Standard standard(Long id) {
        return standards.findById(id).orElseThrow(() -> new NotFoundException("standard", id));
    }
}
