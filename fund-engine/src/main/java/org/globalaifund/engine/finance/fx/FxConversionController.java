package org.globalaifund.engine.finance.fx;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.security.FundUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * FINANCE's page of FX conversions: the cash each fund holds, the conversion form and every conversion.
 * The form carries a one-time token used as its Idempotency-Key, so a double submit converts once.
 */
@Controller
@RequestMapping("/finance/fx-conversions")
public class FxConversionController {

    private final FxConversions conversions;
    private final PersonRepository people;
    private final Clock clock;

    public FxConversionController(FxConversions conversions, PersonRepository people, Clock clock) {
        this.conversions = conversions;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("holdings", conversions.cashHoldings());
        var all = conversions.all();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        all.forEach(c -> names.computeIfAbsent(c.convertedBy(), id -> people.findById(id).map(Person::displayName).orElse(id)));
        model.addAttribute("conversions", all);
        model.addAttribute("names", names);
        model.addAttribute("funds", conversions.cashHoldings().stream().map(FxConversions.CashHolding::fund).distinct().toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ConversionForm("", "", "", "", LocalDate.now(clock).toString(), UUID.randomUUID().toString()));
        }
        return "finance/fx-conversions";
    }

    @PostMapping
    String convert(@AuthenticationPrincipal FundUser user, @RequestParam(defaultValue = "") String fund,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String on,
            @RequestParam(defaultValue = "") String token, Model model, RedirectAttributes redirect) {
        ConversionForm form = new ConversionForm(fund, from.strip().toUpperCase(java.util.Locale.ROOT),
                to.strip().toUpperCase(java.util.Locale.ROOT), amount, on, token.isBlank() ? UUID.randomUUID().toString() : token);
        try {
            FxConversion done = conversions.convert(user.personId(), "page:" + form.token(),
                    new FxConversions.Request(fund, form.from(), form.to(), amount, date(on)));
            redirect.addFlashAttribute("converted", done);
            return "redirect:/finance/fx-conversions";
        } catch (FundException e) {
            model.addAttribute("errors", e.formErrors());
            model.addAttribute("form", form);
            return page(model);
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw FundException.invalid("on", "Enter the date like 2026-11-27.");
        }
    }

    /** The conversion form as typed, with its one-time token. */
    public record ConversionForm(String fund, String from, String to, String amount, String on, String token) {}
}
