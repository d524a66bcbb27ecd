package org.globalaifund.engine.board;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.board.BoardRules.TrancheRow;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.security.FundUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * The board's pages: the docket only (meetings, their items with the application's summary, the packet). Members
 * declare conflicts and vote; the chair records attendance, opens motions and closes votes (from the meeting's day on,
 * which the meeting's page says before it comes). An item removed from the docket, or asked for under another
 * meeting, is not found.
 */
@Controller
@RequestMapping("/board")
public class BoardController {

    private final BoardDocket docket;
    private final BoardVoting voting;
    private final BoardPackets packets;
    private final ApplicationService applications;
    private final CallService calls;
    private final Clock clock;

    BoardController(BoardDocket docket, BoardVoting voting, BoardPackets packets, ApplicationService applications, CallService calls,
            Clock clock) {
        this.clock = clock;
        this.docket = docket;
        this.voting = voting;
        this.packets = packets;
        this.applications = applications;
        this.calls = calls;
    }

    @GetMapping("/meetings/{id}")
    String meeting(@AuthenticationPrincipal FundUser user, @PathVariable String id, Model model) {
        BoardMeeting meeting = docket.meeting(id);
        List<DocketItem> items = docket.items(id).stream().filter(i -> i.status() != ItemStatus.REMOVED).toList();
        model.addAttribute("meeting", meeting);
        model.addAttribute("items", items);
        model.addAttribute("apps", items.stream().map(DocketItem::applicationId).distinct()
                .collect(Collectors.toMap(Function.identity(), applications::get)));
        model.addAttribute("members", voting.members());
        model.addAttribute("attendance", voting.attendance(id));
        model.addAttribute("chair", voting.isChair(user.personId()));
        model.addAttribute("ahead", meeting.isAhead(clock.instant()));
        return "board/meeting";
    }

    @PostMapping("/meetings/{id}/attendance")
    String attendance(@AuthenticationPrincipal FundUser user, @PathVariable String id, @RequestParam(defaultValue = "") String personId,
            @RequestParam(defaultValue = "false") boolean present, @RequestParam(defaultValue = "") String attendanceReason,
            RedirectAttributes redirect) {
        docket.meeting(id);
        act(redirect, () -> voting.recordAttendance(user.personId(), id, personId, present, attendanceReason));
        return "redirect:/board/meetings/" + id;
    }

    @GetMapping("/meetings/{id}/packet")
    ResponseEntity<byte[]> packet(@PathVariable String id, Locale locale) {
        return pdf(docket.meeting(id), packets.pdf(id, locale));
    }

    @GetMapping("/meetings/{meetingId}/items/{itemId}")
    String item(@AuthenticationPrincipal FundUser user, @PathVariable String meetingId, @PathVariable String itemId, Model model) {
        return itemPage(user, model, visible(meetingId, itemId), null, Map.of());
    }

    @PostMapping("/items/{itemId}/conflict")
    String conflict(@AuthenticationPrincipal FundUser user, @PathVariable String itemId, @RequestParam(defaultValue = "") String reason,
            Model model, RedirectAttributes redirect) {
        DocketItem item = visible(null, itemId);
        try {
            voting.declareConflict(user.personId(), itemId, reason);
            redirect.addFlashAttribute("success", true);
            return redirectTo(item);
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            return itemPage(user, model, item, e.formErrors(), Map.of("reason", reason));
        }
    }

    @PostMapping("/items/{itemId}/motions")
    String open(@AuthenticationPrincipal FundUser user, @PathVariable String itemId, @RequestParam(defaultValue = "") String kind,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        DocketItem item = visible(null, itemId);
        try {
            MotionKind chosen = kind(kind);
            voting.openMotion(user.personId(), itemId, chosen, params.get("total"), BoardForms.rows(params), params.get("conditions"),
                    params.get("motionReason"));
            redirect.addFlashAttribute("success", true);
            return redirectTo(item);
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            return itemPage(user, model, item, e.formErrors(), params);
        }
    }

    @PostMapping("/motions/{motionId}/vote")
    String vote(@AuthenticationPrincipal FundUser user, @PathVariable String motionId, @RequestParam(defaultValue = "") String choice,
            @RequestParam(defaultValue = "") String voteReason, RedirectAttributes redirect) {
        DocketItem item = visible(null, voting.motion(motionId).itemId());
        act(redirect, () -> voting.vote(user.personId(), motionId, choice(choice), voteReason));
        return redirectTo(item);
    }

    @PostMapping("/motions/{motionId}/close")
    String close(@AuthenticationPrincipal FundUser user, @PathVariable String motionId, RedirectAttributes redirect) {
        DocketItem item = visible(null, voting.motion(motionId).itemId());
        act(redirect, () -> voting.close(user.personId(), motionId));
        return redirectTo(item);
    }

    private String itemPage(FundUser user, Model model, DocketItem item, Map<String, String> errors, Map<String, String> form) {
        Application app = applications.get(item.applicationId());
        List<Motion> motions = voting.motions(item.id());
        Map<String, Map<String, BoardVote>> votes = new LinkedHashMap<>();
        motions.forEach(m -> votes.put(m.id(), voting.currentVotes(m.id())));
        Map<String, List<RollEntry>> rolls = new LinkedHashMap<>();
        motions.stream().filter(m -> !m.isOpen()).forEach(m -> rolls.put(m.id(), voting.roll(m.id())));
        model.addAttribute("meeting", docket.meeting(item.meetingId()));
        model.addAttribute("item", item);
        model.addAttribute("app", app);
        model.addAttribute("call", calls.get(app.callId()));
        model.addAttribute("review", docket.reviewSummary(app.id()).orElse(null));
        model.addAttribute("exclusions", voting.exclusions(item));
        model.addAttribute("motions", motions);
        model.addAttribute("openMotion", motions.stream().filter(Motion::isOpen).findFirst().orElse(null));
        model.addAttribute("votes", votes);
        model.addAttribute("rolls", rolls);
        model.addAttribute("names", voting.members().stream().collect(Collectors.toMap(Person::id, Person::displayName)));
        model.addAttribute("me", user.personId());
        model.addAttribute("chair", voting.isChair(user.personId()));
        model.addAttribute("withdrawn", app.status() == org.globalaifund.engine.application.ApplicationStatus.WITHDRAWN);
        model.addAttribute("kinds", MotionKind.values());
        model.addAttribute("choices", VoteChoice.values());
        model.addAttribute("form", form);
        model.addAttribute("rows", BoardForms.padded(form.isEmpty() ? List.<TrancheRow>of() : BoardForms.rows(form)));
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        return "board/item";
    }

    /** The item as the board sees it: never a removed one, and only under its own meeting when one is named. */
    private DocketItem visible(String meetingId, String itemId) {
        DocketItem item = docket.item(itemId);
        if (item.status() == ItemStatus.REMOVED || (meetingId != null && !meetingId.equals(item.meetingId()))) {
            throw FundException.notFound("Docket item");
        }
        return item;
    }

    private void act(RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", true);
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
    }

    private MotionKind kind(String kind) {
        try {
            return MotionKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private VoteChoice choice(String choice) {
        try {
            return VoteChoice.valueOf(choice);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String redirectTo(DocketItem item) {
        return "redirect:/board/meetings/" + item.meetingId() + "/items/" + item.id();
    }

    /** The packet as an attachment named by the meeting's reference, never sniffed, never cached. */
    static ResponseEntity<byte[]> pdf(BoardMeeting meeting, byte[] bytes) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        headers.setContentDisposition(ContentDisposition.attachment().filename("board-packet-" + meeting.reference() + ".pdf").build());
        headers.setContentLength(bytes.length);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl("private, no-store");
        return ResponseEntity.ok().headers(headers).body(bytes);
    }
}
