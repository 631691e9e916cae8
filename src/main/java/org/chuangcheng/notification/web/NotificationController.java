package org.chuangcheng.notification.web;

import lombok.RequiredArgsConstructor;
import org.chuangcheng.notification.Notification;
import org.chuangcheng.notification.NotificationKind;
import org.chuangcheng.notification.NotificationManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.shared.Paging;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bell (its unread count comes with each page; this answers its two-minute refresh) and the list of one's own
 * notifications. Everyone signed in has a list; nobody sees or marks another's (404).
 */
@Controller
@RequestMapping("/notifications")
@RequiredArgsConstructor
class NotificationController {

    private final NotificationManagement notifications;
    private final NotificationBell bell;

    @GetMapping
    String list(@PageableDefault(size = 20) Pageable pageable, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("page", notifications.inbox(actor,
                Paging.restrict(pageable, java.util.Set.of(), Sort.unsorted())));
        model.addAttribute("unread", bell.unread());
        return "notification/list";
    }

    /** The bell's badge: a fragment in its own template, refreshed by htmx every two minutes. */
    @GetMapping("/count")
    String count(Model model) {
        model.addAttribute("unread", bell.unread());
        return "notification/bell :: badge";
    }

    /** Opens a notification: marks it read and goes to its record (a digest is shown here). */
    @GetMapping("/{notificationId}")
    String open(@PathVariable Long notificationId, Model model) {
        Notification notification = notifications.open(CurrentActor.get(), notificationId);
        if (notification.getKind() == NotificationKind.DAILY_DIGEST
                || notification.getKind() == NotificationKind.WEEKLY_DIGEST) {
            model.addAttribute("notification", notification);
            return "notification/detail";
        }
        return "redirect:" + notification.getLink();
    }

    @PostMapping("/{notificationId}/read")
    String markRead(@PathVariable Long notificationId) {
        notifications.open(CurrentActor.get(), notificationId);
        return "redirect:/notifications";
    }

    @PostMapping("/read-all")
    String markAllRead(RedirectAttributes redirect) {
        notifications.markAllRead(CurrentActor.get());
        redirect.addFlashAttribute("success", "notification.allRead");
        return "redirect:/notifications";
    }
}
