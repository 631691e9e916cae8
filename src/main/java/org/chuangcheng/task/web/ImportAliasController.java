package org.chuangcheng.task.web;

import lombok.RequiredArgsConstructor;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.WorkGroupManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The names the task-book import has been taught (a file's "城管局" means 江城市城市管理局): the office sees them
 * and deletes a wrong one, after a confirmation; the next import then asks about that name again.
 */
@Controller
@RequestMapping("/tasks/import/aliases")
@PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
@RequiredArgsConstructor
class ImportAliasController {

    private final UnitManagement units;
    private final WorkGroupManagement groups;

    @GetMapping
    String list(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("unitAliases", units.taughtAliases(actor));
        model.addAttribute("groupAliases", groups.taughtAliases(actor));
        return "task/aliases";
    }

    @PostMapping("/units/{id}/delete")
    String forgetUnitAlias(@PathVariable Long id, RedirectAttributes redirect) {
        units.forgetAlias(CurrentActor.get(), id);
        redirect.addFlashAttribute("success", "task.aliases.deleted");
        return "redirect:/tasks/import/aliases";
    }

    @PostMapping("/groups/{id}/delete")
    String forgetGroupAlias(@PathVariable Long id, RedirectAttributes redirect) {
        groups.forgetAlias(CurrentActor.get(), id);
        redirect.addFlashAttribute("success", "task.aliases.deleted");
        return "redirect:/tasks/import/aliases";
    }
}
