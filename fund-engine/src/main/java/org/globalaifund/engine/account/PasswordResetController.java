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

/** A person who forgot their password asks for a one-time link and sets a new password through it. */
@Controller
public class PasswordResetController {

    private final AccountService accounts;
    private final MessageSource messages;

    public PasswordResetController(AccountService accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @ModelAttribute("minPasswordLength")
    int minPasswordLength() {
        return PeopleService.MIN_PASSWORD_LENGTH;
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        model.addAttribute("email", "");
        return "account/forgot";
    }

    /** The same answer for every valid address, known or not. */
    @PostMapping("/password/forgot")
    String forgot(@RequestParam(defaultValue = "") String email, Model model, Locale locale) {
        if (!AccountForms.validEmail(email)) {
            model.addAttribute("email", email);
            model.addAttribute("errors", AccountForms.texts(messages, Map.of("email", "account.error.email"), locale));
            return "account/forgot";
        }
        accounts.requestPasswordReset(email);
        return "redirect:/password/forgot?sent";
    }

    @GetMapping("/password/reset/{token}")
    String resetForm(@PathVariable String token, Model model) {
        model.addAttribute("person", accounts.toReset(token));
        model.addAttribute("token", token);
        return "account/reset";
    }

    @PostMapping("/password/reset/{token}")
    String reset(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Model model, Locale locale) {
        var person = accounts.toReset(token);
        var form = new AccountForms.NewPassword(password, confirmation);
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            model.addAttribute("person", person);
            model.addAttribute("token", token);
            model.addAttribute("errors", AccountForms.texts(messages, errors, locale));
            return "account/reset";
        }
        accounts.resetPassword(token, form);
        return "redirect:/login?welcome";
    }

    /** A used, expired or unknown link: say so, and offer a new one, with 404. */
    @ExceptionHandler(FundException.class)
    String linkClosed(FundException e, Model model, HttpServletResponse response) {
        return LinkClosed.page(e, model, response, TokenPurpose.RESET_PASSWORD);
    }
}
