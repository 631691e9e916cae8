package org.chuangcheng.bulletin.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.bulletin.BulletinManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulletins ({@code /bulletins}): the archive for leaders, the office and administrators; the office publishes
 * a closed month's bulletin. Downloads are the stored bytes, as published.
 */
@Controller
@RequestMapping("/bulletins")
@PreAuthorize("hasAnyRole('LEADER','OFFICE','ADMIN')")
@RequiredArgsConstructor
class BulletinController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BulletinManagement bulletins;

    @GetMapping
    String list(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("bulletins", bulletins.list(actor));
        model.addAttribute("publishable", bulletins.publishable(actor));
        return "bulletin/list";
    }

    @PostMapping
    @PreAuthorize("hasRole('OFFICE')")
    String publish(@RequestParam(required = false) String month, RedirectAttributes redirect) {
        try {
            bulletins.publish(CurrentActor.get(), parse(month));
            redirect.addFlashAttribute("success", "bulletin.published");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessageKey());
        }
        return "redirect:/bulletins";
    }

    @GetMapping("/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return download(id, true);
    }

    @GetMapping("/{id}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return download(id, false);
    }

    private ResponseEntity<byte[]> download(long id, boolean pdf) {
        Actor actor = CurrentActor.get();
        byte[] body = bulletins.file(actor, id, pdf);
        String name = "通报-" + bulletins.month(actor, id) + "-" + id + (pdf ? ".pdf" : ".xlsx");
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private static YearMonth parse(String month) {
        try {
            YearMonth parsed = YearMonth.parse(month == null ? "" : month.trim());
            if (parsed.getYear() >= 2000) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // falls through to the message
        }
        throw new BusinessRuleException("ranking.invalid.month");
    }
}
