package org.globalaifund.engine.people;

import org.globalaifund.engine.account.Languages;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where an invited person chooses their password through the link they received by email. The link carries the
 * invitee's language ({@code ?lang=}), and the page keeps it on the form and on the way to the login page, so the
 * whole way in speaks it even on a device that never saw the fund.
 */
@Controller
public class InvitationController {

    private final PeopleService people;
    private final MessageSourceAccessor texts;
    private final Languages languages;

    public InvitationController(PeopleService people, MessageSourceAccessor texts, Languages languages) {
        this.people = people;
        this.texts = texts;
        this.languages = languages;
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
        if (!PeopleService.validPassword(password)) {
            String rule = texts.getMessage("account.error.password", new Object[] {PeopleService.MIN_PASSWORD_LENGTH});
            return again(model, person, token, rule);
        }
        if (!password.equals(confirmation)) {
            return again(model, person, token, texts.getMessage("account.error.confirmation"));
        }
        try {
            people.acceptInvitation(token, password);
            // The language the page was read in (the invitee's, from the link, unless they picked another on it).
            String language = languages.localeOf(LocaleContextHolder.getLocale().getLanguage()).getLanguage();
            return "redirect:/login?welcome&lang=" + language;
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
