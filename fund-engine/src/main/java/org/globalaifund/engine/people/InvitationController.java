package org.globalaifund.engine.people;

import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where an invited person chooses their password through the link they received by email. */
@Controller
public class InvitationController {

    private final PeopleService people;

    public InvitationController(PeopleService people) {
        this.people = people;
    }

    @GetMapping("/invitation/{token}")
    String form(@PathVariable String token, Model model) {
        model.addAttribute("person", people.invitee(token));
        model.addAttribute("token", token);
        return "people/invitation";
    }

    @PostMapping("/invitation/{token}")
    String accept(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Model model) {
        Person person = people.invitee(token);
        if (!password.equals(confirmation)) {
            return again(model, person, token, "The two passwords differ.");
        }
        try {
            people.acceptInvitation(token, password);
            return "redirect:/login?welcome";
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            return again(model, person, token, e.getMessage());
        }
    }

    private static String again(Model model, Person person, String token, String error) {
        model.addAttribute("person", person);
        model.addAttribute("token", token);
        model.addAttribute("passwordError", error);
        return "people/invitation";
    }
}
