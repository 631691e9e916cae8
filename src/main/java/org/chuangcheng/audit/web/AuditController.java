package org.chuangcheng.audit.web;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.audit.AuditQuery;
import org.chuangcheng.audit.AuditRecord;
import org.chuangcheng.audit.AuditTrail;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for the audit administrator: search and page, newest first; nothing here changes it. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
@RequiredArgsConstructor
class AuditController {

    private final AuditTrail trail;

    @GetMapping
    String list(@RequestParam(required = false) String username, @RequestParam(required = false) String action,
            @RequestParam(required = false) Boolean success,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q, @PageableDefault(size = 50) Pageable pageable, Model model) {
        Page<AuditRecord> page = trail.search(new AuditQuery(username, action, success, from, to, q), pageable);
        model.addAttribute("page", page);
        model.addAttribute("actions", trail.actions());
        model.addAttribute("username", username);
        model.addAttribute("action", action);
        model.addAttribute("success", success);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("q", q);
        return "audit/list";
    }
}
