package org.globalaifund.engine.board;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationTitles;
import org.globalaifund.engine.board.BoardRules.TrancheRow;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.security.FundUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN's board pages: meetings and their docket (applications READY_FOR_BOARD with a draft schedule, removal or a
 * move to a meeting still to come before any motion), the board packet, and the "Revise for the board" task's page
 * (form key {@code portal:board-revision}, see {@link org.globalaifund.engine.portal.FormPages}).
 */
@Controller
@RequestMapping("/admin/board")
public class BoardAdminController {

    private final BoardDocket docket;
    private final BoardRevision revision;
    private final BoardPackets packets;
    private final BoardVoting voting;
    private final ApplicationService applications;
    private final CallService calls;
    private final ApplicationTitles titles;

    BoardAdminController(BoardDocket docket, BoardRevision revision, BoardPackets packets, BoardVoting voting, ApplicationService applications,
            CallService calls, ApplicationTitles titles) {
        this.titles = titles;
        this.voting = voting;
        this.docket = docket;
        this.revision = revision;
        this.packets = packets;
        this.applications = applications;
        this.calls = calls;
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, null, "", "");
    }

    @PostMapping("/meetings")
    String create(@AuthenticationPrincipal FundUser user, @RequestParam(defaultValue = "") String startsAt,
            @RequestParam(defaultValue = "") String place, Model model) {
        try {
            BoardMeeting meeting = docket.createMeeting(user.personId(), startsAt, place);
            return "redirect:/admin/board/meetings/" + meeting.id();
        } catch (FundException e) {
            return listPage(model, e.formErrors(), startsAt, place);
        }
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable String id, Model model) {
        BoardMeeting meeting = docket.meeting(id);
        List<DocketItem> items = docket.items(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("items", items);
        model.addAttribute("apps", titles.of(items.stream().map(DocketItem::applicationId).distinct().toList()));
        model.addAttribute("ready", docket.readyApplications());
        model.addAttribute("targets", docket.moveTargets(id));
        model.addAttribute("motioned", items.stream().filter(DocketItem::isOpen).filter(i -> !voting.motions(i.id()).isEmpty())
                .map(DocketItem::id).collect(Collectors.toSet()));
        return "board/admin-meeting";
    }

    @GetMapping("/meetings/{id}/items/new")
    String newItem(@PathVariable String id, @RequestParam String applicationId, Model model) {
        return itemPage(model, docket.meeting(id), applications.get(applicationId), docket.proposedRows(applicationId), null);
    }

    @PostMapping("/meetings/{id}/items")
    String addItem(@AuthenticationPrincipal FundUser user, @PathVariable String id, @RequestParam(defaultValue = "") String applicationId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        BoardMeeting meeting = docket.meeting(id);
        Application app = applications.get(applicationId);
        List<TrancheRow> rows = BoardForms.rows(params);
        try {
            docket.addItem(user.personId(), id, applicationId, rows);
            redirect.addFlashAttribute("success", true);
            return "redirect:/admin/board/meetings/" + id;
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            return itemPage(model, meeting, app, rows, e.formErrors());
        }
    }

    @PostMapping("/items/{itemId}/removal")
    String remove(@AuthenticationPrincipal FundUser user, @PathVariable String itemId, RedirectAttributes redirect) {
        DocketItem item = docket.item(itemId);
        try {
            docket.removeItem(user.personId(), itemId);
            redirect.addFlashAttribute("success", true);
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/board/meetings/" + item.meetingId();
    }

    @PostMapping("/items/{itemId}/move")
    String move(@AuthenticationPrincipal FundUser user, @PathVariable String itemId, @RequestParam(defaultValue = "") String meetingId,
            RedirectAttributes redirect) {
        DocketItem item = docket.item(itemId);
        try {
            DocketItem moved = docket.moveItem(user.personId(), itemId, meetingId);
            redirect.addFlashAttribute("success", true);
            return "redirect:/admin/board/meetings/" + moved.meetingId();
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("moveItemId", itemId);
            return "redirect:/admin/board/meetings/" + item.meetingId();
        }
    }

    @GetMapping("/meetings/{id}/packet")
    ResponseEntity<byte[]> packet(@PathVariable String id, Locale locale) {
        return BoardController.pdf(docket.meeting(id), packets.pdf(id, locale));
    }

    @GetMapping("/revisions/{taskId}")
    String revisionTask(@PathVariable String taskId, Model model) {
        BoardRevision.RevisionTask task = revision.task(taskId);
        return revisionPage(model, task, "", revision.currentRows(task.applicationId()), null);
    }

    @PostMapping("/revisions/{taskId}")
    String revise(@AuthenticationPrincipal FundUser user, @PathVariable String taskId, @RequestParam(defaultValue = "") String note,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        BoardRevision.RevisionTask task = revision.task(taskId);
        List<TrancheRow> rows = BoardForms.rows(params);
        try {
            revision.revise(taskId, user.personId(), note, rows);
            redirect.addFlashAttribute("success", true);
            return "redirect:/admin/board";
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            return revisionPage(model, task, note, rows, e.formErrors());
        }
    }

    private String listPage(Model model, Map<String, String> errors, String startsAt, String place) {
        model.addAttribute("meetings", docket.meetings());
        model.addAttribute("ready", docket.readyApplications());
        List<BoardRevision.RevisionTask> tasks = revision.openTasks();
        model.addAttribute("revisions", tasks);
        model.addAttribute("apps", titles.of(tasks.stream().map(BoardRevision.RevisionTask::applicationId).distinct().toList()));
        model.addAttribute("startsAt", startsAt);
        model.addAttribute("place", place);
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        return "board/admin-list";
    }

    private String itemPage(Model model, BoardMeeting meeting, Application app, List<TrancheRow> rows, Map<String, String> errors) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("app", app);
        model.addAttribute("currency", calls.get(app.callId()).budget().currency().getCurrencyCode());
        model.addAttribute("rows", BoardForms.padded(rows));
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        return "board/admin-item";
    }

    private String revisionPage(Model model, BoardRevision.RevisionTask task, String note, List<TrancheRow> rows, Map<String, String> errors) {
        Application app = applications.get(task.applicationId());
        model.addAttribute("task", task);
        model.addAttribute("app", app);
        model.addAttribute("motion", revision.sentBackBy(app.id()).orElse(null));
        model.addAttribute("currency", calls.get(app.callId()).budget().currency().getCurrencyCode());
        model.addAttribute("note", note);
        model.addAttribute("rows", BoardForms.padded(rows));
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        return "board/admin-revision";
    }

}
