package org.globalaifund.engine.account;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.problem.FundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An applicant registers and confirms their email. The answer to a registration is the same whether the
 * email is new or known ("check your email"); the confirmation link opens a page with a button, so that a
 * mail scanner following the link does not use it up.
 */
@Controller
public class RegistrationController {

    private final AccountService accounts;
    private final Languages languages;
    private final MessageSource messages;

    public RegistrationController(AccountService accounts, Languages languages, MessageSource messages) {
        this.accounts = accounts;
        this.languages = languages;
        this.messages = messages;
    }

    @ModelAttribute("minPasswordLength")
    int minPasswordLength() {
        return PeopleService.MIN_PASSWORD_LENGTH;
    }

    @GetMapping("/register")
    String form(Model model, Locale locale) {
        String language = languages.supports(locale.getLanguage()) ? locale.getLanguage() : Languages.DEFAULT;
        return page(model, new AccountForms.Registration("", "", "", "", language), Map.of());
    }

    @PostMapping("/register")
    String register(@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
            @RequestParam(defaultValue = "") String language, Model model, Locale locale) {
        var form = new AccountForms.Registration(displayName, email, password, confirmation, language);
        Map<String, String> errors = form.errors(languages);
        if (!errors.isEmpty()) {
            return page(model, form, AccountForms.texts(messages, errors, locale));
        }
        accounts.register(form);
        return "redirect:/register?sent";
    }

    private String page(Model model, AccountForms.Registration form, Map<String, String> errors) {
        // The passwords typed are never sent back to the browser.
        model.addAttribute("form", new AccountForms.Registration(form.displayName(), form.email(), "", "", form.language()));
        model.addAttribute("languages", languages.choices());
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
        }
        return "account/register";
    }

    @GetMapping("/register/confirm/{token}")
    String confirmPage(@PathVariable String token, Model model) {
        model.addAttribute("person", accounts.toConfirm(token));
        model.addAttribute("token", token);
        return "account/confirm";
    }

    @PostMapping("/register/confirm/{token}")
    String confirm(@PathVariable String token) {
        accounts.confirm(token);
        return "redirect:/login?confirmed";
    }

    /** A used, expired or unknown link: say so, and say what to do next, with 404. */
    @ExceptionHandler(FundException.class)
    String linkClosed(FundException e, Model model, HttpServletResponse response) {
        return LinkClosed.page(e, model, response, TokenPurpose.CONFIRM_EMAIL);
    }
}
