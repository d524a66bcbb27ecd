package org.globalaifund.engine.portal;

import org.globalaifund.engine.diligence.SanctionsListRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.board.BoardDocket;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.contribution.DonorService;
import org.globalaifund.engine.node.NetworkNodeService;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.security.FundUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page of each role's area: what that person has to look at today. Each feature adds its own
 * pages under the area's path; the security rules open each area to its role only.
 */
@Controller
public class AreaController {

    private final CallService calls;
    private final ApplicationService applications;
    private final DonorService donors;
    private final NetworkNodeService nodes;
    private final PeopleService people;
    private final BoardDocket board;
    private final SanctionsListRepository sanctionsLists;
    private final Clock clock;

    public AreaController(CallService calls, ApplicationService applications, DonorService donors, NetworkNodeService nodes,
            PeopleService people, BoardDocket board, SanctionsListRepository sanctionsLists, Clock clock) {
        this.board = board;
        this.sanctionsLists = sanctionsLists;
        this.calls = calls;
        this.applications = applications;
        this.donors = donors;
        this.nodes = nodes;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/applicant")
    String applicant(@AuthenticationPrincipal FundUser user, Model model) {
        model.addAttribute("openCalls", calls.openOn(today()));
        model.addAttribute("applications", applications.mine(user.personId()));
        return "area/applicant";
    }

    @GetMapping("/reviewer")
    String reviewer(Model model) {
        model.addAttribute("calls", calls.published());
        return "area/reviewer";
    }

    @GetMapping("/board")
    String board(Model model) {
        model.addAttribute("members", people.withRole(Role.BOARD_MEMBER));
        model.addAttribute("meetings", board.meetings());
        return "area/board";
    }

    @GetMapping("/donor")
    String donor(@AuthenticationPrincipal FundUser user, Model model) {
        model.addAttribute("donors", donors.forPerson(user.personId()));
        return "area/donor";
    }

    @GetMapping("/node")
    String node(@AuthenticationPrincipal FundUser user, Model model) {
        model.addAttribute("nodes", nodes.operatedBy(user.personId()));
        return "area/node";
    }

    @GetMapping("/finance")
    String finance(Model model) {
        model.addAttribute("donors", donors.all());
        model.addAttribute("calls", calls.published());
        return "area/finance";
    }

    @GetMapping("/monitor")
    String monitor(Model model) {
        model.addAttribute("nodes", nodes.all());
        return "area/monitor";
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("peopleCount", people.all().size());
        model.addAttribute("nodes", nodes.all());
        model.addAttribute("calls", calls.published());
        model.addAttribute("donors", donors.all());
        // Due diligence cannot screen anyone before a list is imported: reviewed applications would stop there.
        model.addAttribute("noSanctionsList", sanctionsLists.current().isEmpty());
        return "area/admin";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
