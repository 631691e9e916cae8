package org.chuangcheng.task.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lombok.extern.slf4j.Slf4j;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.organization.WorkGroupManagement;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.task.ImportPreview;
import org.chuangcheng.task.ImportRefused;
import org.chuangcheng.task.TaskBookImport;
import org.chuangcheng.task.TaskBookWorkbooks;
import org.chuangcheng.task.TaskManagement;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a task book in two steps: upload → preview of every row → confirm. Between the two the
 * workbook waits in a temporary file named by a random token kept in the user's session, so the office
 * confirms exactly what it previewed (read again and checked again on confirm).
 */
@Slf4j
@Controller
@RequestMapping("/tasks/import")
@PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
class TaskImportController {

    static final String SESSION_KEY = "taskImports";

    private final TaskBookImport importer;
    private final TaskBookWorkbooks workbooks;
    private final TaskManagement tasks;
    private final UnitManagement units;
    private final WorkGroupManagement groups;
    private final Path uploads;

    TaskImportController(TaskBookImport importer, TaskBookWorkbooks workbooks, TaskManagement tasks,
            UnitManagement units, WorkGroupManagement groups, ImportFolder folder) {
        this.importer = importer;
        this.workbooks = workbooks;
        this.tasks = tasks;
        this.units = units;
        this.groups = groups;
        this.uploads = folder.folder();
    }

    /** An uploaded workbook waiting for confirmation. */
    record PendingUpload(String file, String filename, String book, int year) implements Serializable {
    }

    @GetMapping
    String form(Model model) {
        ImportForm form = new ImportForm();
        form.setYear(tasks.today().getYear());
        form.setBook(tasks.books().stream().reduce((a, b) -> b).orElse(""));
        model.addAttribute("importForm", form);
        model.addAttribute("books", tasks.books());
        return "task/import";
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(Locale locale) {
        return ResponseEntity.ok()
                .contentType(TaskController.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("任务书模板.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(workbooks.template(locale));
    }

    @PostMapping
    String upload(@Valid @ModelAttribute("importForm") ImportForm form, BindingResult errors, HttpSession session,
            Model model) {
        if (form.getFile() == null || form.getFile().isEmpty()) {
            errors.rejectValue("file", "task.import.fileRequired");
        }
        if (errors.hasErrors()) {
            model.addAttribute("books", tasks.books());
            return "task/import";
        }
        String token = UUID.randomUUID().toString();
        Path file = uploads.resolve(token + ".xlsx");
        try {
            Files.createDirectories(uploads);
            form.getFile().transferTo(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PendingUpload pending = new PendingUpload(file.toString(), form.getFile().getOriginalFilename(),
                form.getBook().trim(), form.getYear());
        pendingUploads(session).put(token, pending);
        return showPreview(model, preview(pending), token, pending);
    }

    @PostMapping("/confirm")
    String confirm(@RequestParam String token, HttpSession session, Model model, RedirectAttributes redirect) {
        PendingUpload pending = pendingUploads(session).get(token);
        if (pending == null || !Files.isReadable(Path.of(pending.file()))) {
            redirect.addFlashAttribute("failure", "task.import.expired");
            return "redirect:/tasks/import";
        }
        try (InputStream in = Files.newInputStream(Path.of(pending.file()))) {
            int created = importer.importAll(CurrentActor.get(), in, pending.book(), pending.year());
            discard(session, token, pending);
            // nothing new: the same book was imported before, or by someone else a moment ago
            redirect.addFlashAttribute("success", created == 0 ? "task.import.alreadyImported" : "task.import.done");
            redirect.addFlashAttribute("importedCount", created);
            return "redirect:/tasks?q=&sort=seq,asc";
        } catch (ImportRefused e) {
            return showPreview(model, e.getPreview(), token, pending);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The preview again, read afresh (after the office taught the import a unit or work group). */
    @GetMapping("/preview")
    String previewAgain(@RequestParam(required = false) String token, HttpSession session, Model model,
            RedirectAttributes redirect) {
        PendingUpload pending = token == null ? null : pendingUploads(session).get(token);
        if (pending == null || !Files.isReadable(Path.of(pending.file()))) {
            redirect.addFlashAttribute("failure", "task.import.expired");
            return "redirect:/tasks/import";
        }
        return showPreview(model, preview(pending), token, pending);
    }

    private String showPreview(Model model, ImportPreview preview, String token, PendingUpload pending) {
        model.addAttribute("preview", preview);
        model.addAttribute("token", token);
        model.addAttribute("filename", pending.filename());
        if (!preview.unknownUnits().isEmpty() || !preview.unknownGroups().isEmpty()) {
            model.addAttribute("unitOptions", units.active());
            model.addAttribute("groupOptions", groups.all());
            model.addAttribute("unitTypes", UnitType.values());
        }
        return "task/preview";
    }

    /**
     * An unknown unit name of the file: mapped to an existing unit (remembered as its alias for the next
     * import) or entered as a new unit with its type and parent; then the rows are checked again.
     */
    @PostMapping("/units")
    String resolveUnit(@RequestParam String token, @ModelAttribute UnknownNameForm form, HttpSession session,
            RedirectAttributes redirect) {
        return resolve(token, form, session, redirect, () -> {
            if (form.isCreate()) {
                units.create(CurrentActor.get(), form.getName(), form.getType(), form.getParentId());
            } else {
                units.rememberAlias(CurrentActor.get(), form.getName(), required(form.getTargetId()));
            }
        });
    }

    /** An unknown work group name: mapped to an existing group (remembered) or created with its lead unit. */
    @PostMapping("/groups")
    String resolveGroup(@RequestParam String token, @ModelAttribute UnknownNameForm form, HttpSession session,
            RedirectAttributes redirect) {
        return resolve(token, form, session, redirect, () -> {
            if (form.isCreate()) {
                groups.create(CurrentActor.get(), form.getName(), form.getParentId());
            } else {
                groups.rememberAlias(CurrentActor.get(), form.getName(), required(form.getTargetId()));
            }
        });
    }

    private String resolve(String token, UnknownNameForm form, HttpSession session, RedirectAttributes redirect,
            Runnable change) {
        if (pendingUploads(session).get(token) == null) {
            redirect.addFlashAttribute("failure", "task.import.expired");
            return "redirect:/tasks/import";
        }
        try {
            change.run();
            redirect.addFlashAttribute("success", form.isCreate() ? "task.import.created" : "task.import.mapped");
            redirect.addFlashAttribute("resolvedName", form.getName());
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("resolveFailure", e.getMessageKey());
            redirect.addFlashAttribute("resolveArguments", e.getArguments());
            redirect.addFlashAttribute("resolvedName", form.getName());
        }
        redirect.addAttribute("token", token);
        return "redirect:/tasks/import/preview";
    }

    private static Long required(Long id) {
        if (id == null) {
            throw new BusinessRuleException("task.import.pickOne").concerning("targetId");
        }
        return id;
    }

    @PostMapping("/cancel")
    String cancel(@RequestParam String token, HttpSession session) {
        PendingUpload pending = pendingUploads(session).get(token);
        if (pending != null) {
            discard(session, token, pending);
        }
        return "redirect:/tasks/import";
    }

    private ImportPreview preview(PendingUpload pending) {
        try (InputStream in = Files.newInputStream(Path.of(pending.file()))) {
            return importer.preview(CurrentActor.get(), in, pending.book(), pending.year());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void discard(HttpSession session, String token, PendingUpload pending) {
        pendingUploads(session).remove(token);
        try {
            Files.deleteIfExists(Path.of(pending.file()));
        } catch (IOException e) {
            log.warn("Could not delete the uploaded task book {}: {}", pending.file(), e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, PendingUpload> pendingUploads(HttpSession session) {
        Object existing = session.getAttribute(SESSION_KEY);
        if (existing instanceof Map<?, ?> map) {
            return (Map<String, PendingUpload>) map;
        }
        Map<String, PendingUpload> created = new HashMap<>();
        session.setAttribute(SESSION_KEY, created);
        return created;
    }
}
