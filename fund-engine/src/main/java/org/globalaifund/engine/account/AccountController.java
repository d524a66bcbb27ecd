package org.globalaifund.engine.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.security.FundUser;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Any logged-in person's own settings: the name others see and the language the fund speaks to them in. */
@Controller
public class AccountController {

    private final AccountService accounts;
    private final Languages languages;
    private final MessageSource messages;
    private final PersonLocaleResolver localeResolver;

    public AccountController(AccountService accounts, Languages languages, MessageSource messages,
            PersonLocaleResolver localeResolver) {
        this.accounts = accounts;
        this.languages = languages;
        this.messages = messages;
        this.localeResolver = localeResolver;
    }

    @GetMapping("/account")
    String form(@AuthenticationPrincipal FundUser user, Model model) {
        Person person = accounts.person(user.personId());
        String language = languages.supports(person.preferredLanguage()) ? person.preferredLanguage() : Languages.DEFAULT;
        return page(model, person, new AccountForms.Settings(person.displayName(), language), Map.of());
    }

    @PostMapping("/account")
    String save(@AuthenticationPrincipal FundUser user, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String language, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        var form = new AccountForms.Settings(displayName, language);
        Map<String, String> errors = form.errors(languages);
        if (!errors.isEmpty()) {
            return page(model, accounts.person(user.personId()), form, AccountForms.texts(messages, errors, locale));
        }
        accounts.updateSettings(user.personId(), form);
        localeResolver.applySaved(request, response, language);
        redirect.addFlashAttribute("success", true);
        return "redirect:/account";
    }

    private String page(Model model, Person person, AccountForms.Settings form, Map<String, String> errors) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("languages", languages.choices());
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
        }
        return "account/settings";
    }
}
