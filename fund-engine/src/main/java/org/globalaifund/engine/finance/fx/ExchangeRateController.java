package org.globalaifund.engine.finance.fx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.security.FundUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** FINANCE's page of exchange rates: the latest per currency, ECB upload, entering rates and approving others' (four eyes). */
@Controller
@RequestMapping("/finance/rates")
public class ExchangeRateController {

    private final ExchangeRates rates;
    private final EcbRateUpload ecb;
    private final PersonRepository people;
    private final Clock clock;

    public ExchangeRateController(ExchangeRates rates, EcbRateUpload ecb, PersonRepository people, Clock clock) {
        this.rates = rates;
        this.ecb = ecb;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping
    String page(@AuthenticationPrincipal FundUser user, Model model) {
        var latest = rates.latest();
        var pending = rates.pending();
        Map<String, String> names = new HashMap<>();
        pending.forEach(r -> names.computeIfAbsent(r.enteredBy(), this::name));
        latest.forEach(r -> names.computeIfAbsent(r.enteredBy(), this::name));
        latest.stream().filter(r -> r.decidedBy() != null).forEach(r -> names.computeIfAbsent(r.decidedBy(), this::name));
        model.addAttribute("latest", latest);
        model.addAttribute("fixed", new TreeMap<>(ExchangeRates.FIXED));
        model.addAttribute("pending", pending);
        model.addAttribute("names", names);
        model.addAttribute("me", user.personId());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EnterForm("", "", LocalDate.now(clock).toString()));
        }
        return "finance/rates";
    }

    @PostMapping
    String enter(@AuthenticationPrincipal FundUser user, @RequestParam(defaultValue = "") String currency,
            @RequestParam(defaultValue = "") String unitsPerEur, @RequestParam(defaultValue = "") String validOn,
            Model model, RedirectAttributes redirect) {
        try {
            rates.enter(user.personId(), currency, unitsPerEur, date(validOn));
            redirect.addFlashAttribute("success", "fx.rates.flash.entered");
            return "redirect:/finance/rates";
        } catch (FundException e) {
            model.addAttribute("errors", e.formErrors());
            model.addAttribute("form", new EnterForm(currency, unitsPerEur, validOn));
            return page(user, model);
        }
    }

    @PostMapping("/ecb")
    String upload(@AuthenticationPrincipal FundUser user, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw FundException.invalid("file", "Choose the ECB CSV file to upload.");
            }
            redirect.addFlashAttribute("uploaded", ecb.upload(user.personId(), new String(file.getBytes(), StandardCharsets.UTF_8)));
            return "redirect:/finance/rates";
        } catch (FundException e) {
            model.addAttribute("errors", e.formErrors());
            return page(user, model);
        }
    }

    @PostMapping("/{id}/approve")
    String approve(@AuthenticationPrincipal FundUser user, @PathVariable String id, RedirectAttributes redirect) {
        return decide(redirect, () -> rates.approve(user.personId(), id), "fx.rates.flash.approved");
    }

    @PostMapping("/{id}/reject")
    String reject(@AuthenticationPrincipal FundUser user, @PathVariable String id, RedirectAttributes redirect) {
        return decide(redirect, () -> rates.reject(user.personId(), id), "fx.rates.flash.rejected");
    }

    private String decide(RedirectAttributes redirect, Runnable decision, String successKey) {
        try {
            decision.run();
            redirect.addFlashAttribute("success", successKey);
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/finance/rates";
    }

    private String name(String personId) {
        return people.findById(personId).map(Person::displayName).orElse(personId);
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw FundException.invalid("validOn", "Enter the date like 2026-11-27.");
        }
    }


    /** The rate form as typed, shown again with its errors. */
    public record EnterForm(String currency, String unitsPerEur, String validOn) {}
}
