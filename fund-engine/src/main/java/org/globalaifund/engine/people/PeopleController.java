package org.globalaifund.engine.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.globalaifund.engine.account.Languages;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.security.FundUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN's pages for people: invite, grant and revoke roles, board seats, deactivation. */
@Controller
@RequestMapping("/admin/people")
public class PeopleController {

    private final PeopleService people;
    private final AuditTrail audit;
    private final Languages languages;

    public PeopleController(PeopleService people, AuditTrail audit, Languages languages) {
        this.people = people;
        this.audit = audit;
        this.languages = languages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("people", people.all());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("languages", languages.choices());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new InviteForm("", "", EnumSet.noneOf(Role.class), Languages.DEFAULT));
        }
        return "people/list";
    }

    @PostMapping
    String invite(@AuthenticationPrincipal FundUser admin, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(required = false) List<Role> roles,
            @RequestParam(defaultValue = "") String language, Model model, RedirectAttributes redirect) {
        Set<Role> chosen = roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        try {
            PeopleService.Invitation invitation = people.invite(admin.personId(), email, displayName, chosen, language);
            redirect.addFlashAttribute("invitationLink", invitation.path());
            return "redirect:/admin/people/" + invitation.personId();
        } catch (FundException e) {
            model.addAttribute("errors", e.formErrors());
            model.addAttribute("form", new InviteForm(email, displayName, chosen, language));
            return list(model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        Person person = people.get(id);
        model.addAttribute("person", person);
        model.addAttribute("language", languageOf(person));
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("constituencies", Constituency.values());
        model.addAttribute("events", audit.forSubject("PERSON", id));
        return "people/show";
    }

    @PostMapping("/{id}/roles")
    String grant(@AuthenticationPrincipal FundUser admin, @PathVariable String id, @RequestParam Role role, RedirectAttributes redirect) {
        return act(id, redirect, () -> people.grantRole(admin.personId(), id, role), "people.flash.roleGranted");
    }

    @PostMapping("/{id}/roles/{role}/revoke")
    String revoke(@AuthenticationPrincipal FundUser admin, @PathVariable String id, @PathVariable Role role, RedirectAttributes redirect) {
        return act(id, redirect, () -> people.revokeRole(admin.personId(), id, role), "people.flash.roleRevoked");
    }

    @PostMapping("/{id}/board-seat")
    String boardSeat(@AuthenticationPrincipal FundUser admin, @PathVariable String id,
            @RequestParam(required = false) Constituency constituency, @RequestParam(defaultValue = "false") boolean chair,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> people.setBoardSeat(admin.personId(), id, constituency, chair), "people.flash.seatSet");
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal FundUser admin, @PathVariable String id, RedirectAttributes redirect) {
        return act(id, redirect, () -> people.deactivate(admin.personId(), id), "people.flash.deactivated");
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@AuthenticationPrincipal FundUser admin, @PathVariable String id, RedirectAttributes redirect) {
        return act(id, redirect, () -> people.reactivate(admin.personId(), id), "people.flash.reactivated");
    }

    @PostMapping("/{id}/reinvite")
    String reinvite(@AuthenticationPrincipal FundUser admin, @PathVariable String id, RedirectAttributes redirect) {
        try {
            PeopleService.Invitation invitation = people.reinvite(admin.personId(), id);
            redirect.addFlashAttribute("invitationLink", invitation.path());
        } catch (FundException e) {
            rethrowIfNotFound(e);
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/people/" + id;
    }

    /** Runs a change; a refused change comes back as a message on the person's page, not an error page. */
    private String act(String id, RedirectAttributes redirect, Runnable change, String successKey) {
        try {
            change.run();
            redirect.addFlashAttribute("success", successKey);
        } catch (FundException e) {
            rethrowIfNotFound(e);
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/people/" + id;
    }

    /** The language the fund speaks to the person, named in itself; a person who never chose one reads the default. */
    private Languages.Choice languageOf(Person person) {
        String code = languages.localeOf(person.preferredLanguage()).getLanguage();
        return languages.choices().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static void rethrowIfNotFound(FundException e) {
        if (e.type() == org.globalaifund.engine.problem.ProblemType.NOT_FOUND) {
            throw e;
        }
    }

    /** The invitation form as typed, shown again with its errors. */
    public record InviteForm(String email, String displayName, Set<Role> roles, String language) {}
}
