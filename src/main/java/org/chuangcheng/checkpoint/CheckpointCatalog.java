package org.chuangcheng.checkpoint;

import java.util.List;
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

    public List<Standard> commonStandards() {
        return standards.common();
    }

    public Standard standard(Long id) {
        return standards.findById(id).orElseThrow(() -> new NotFoundException("standard", id));
    }
}
