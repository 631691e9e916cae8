package org.chuangcheng.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.audit.AuditExport;
import org.chuangcheng.audit.AuditQuery;
import org.chuangcheng.audit.AuditRecord;
import org.chuangcheng.audit.AuditTrail;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for the audit administrator: search, page and export, newest first; nothing here changes it. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
@RequiredArgsConstructor
class AuditController {

    private final AuditTrail trail;
    private final AuditExport export;
    private final Clock clock;

    @GetMapping
    String list(@RequestParam(required = false) String username, @RequestParam(required = false) String action,
            @RequestParam(required = false) Boolean success,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q, @PageableDefault(size = 50) Pageable pageable, Model model,
            HttpServletRequest request) {
        Page<AuditRecord> page = trail.search(new AuditQuery(username, action, success, from, to, q), pageable);
        model.addAttribute("page", page);
        model.addAttribute("actions", trail.actions());
        model.addAttribute("username", username);
        model.addAttribute("action", action);
        model.addAttribute("success", success);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("q", q);
        String query = request.getQueryString();
        model.addAttribute("exportUrl", "/audit/export.xlsx" + (query == null ? "" : "?" + query));
        return "audit/list";
    }

    /** The log as the search shows it (same filters, every page) as an Excel workbook; the export is audited too. */
    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) String username, @RequestParam(required = false) String action,
            @RequestParam(required = false) Boolean success,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("audit-log-" + LocalDate.now(clock) + ".xlsx", StandardCharsets.UTF_8).build().toString());
        export.write(new AuditQuery(username, action, success, from, to, q), LocaleContextHolder.getLocale(),
                response.getOutputStream());
    }
}
