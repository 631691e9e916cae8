package org.chuangcheng.checkpoint.web;

import lombok.RequiredArgsConstructor;
import org.chuangcheng.checkpoint.CheckpointCatalog;
import org.chuangcheng.checkpoint.CheckpointCategory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Checkpoint categories and their checklists: reference data, read by everyone. */
@Controller
@RequestMapping("/categories")
@RequiredArgsConstructor
class CategoryController {

    private final CheckpointCatalog catalog;

    @GetMapping
    String list(Model model) {
        model.addAttribute("categories", catalog.categories());
        model.addAttribute("counts", catalog.standardCounts());
        model.addAttribute("commonCount", catalog.commonStandards().size());
        return "checkpoint/categories";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        CheckpointCategory category = catalog.category(id);
        model.addAttribute("category", category);
        model.addAttribute("checklist", catalog.checklist(id));
        return "checkpoint/category";
    }
}
