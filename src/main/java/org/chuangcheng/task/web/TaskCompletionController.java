package org.chuangcheng.task.web;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.task.TaskManagement;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 任务完成率 and on-time completion over a period, overall, by lead unit and by work group. */
@Controller
@RequiredArgsConstructor
class TaskCompletionController {

    private final TaskManagement tasks;

    @GetMapping("/tasks/completion")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN','LEADER','INSPECTOR')")
    String completion(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate today = tasks.today();
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null || from.isAfter(end) ? end.withDayOfYear(1) : from;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("overall", tasks.completion(start, end));
        model.addAttribute("byUnit", tasks.completionByUnit(start, end));
        model.addAttribute("byGroup", tasks.completionByWorkGroup(start, end));
        return "task/completion";
    }
}
