package org.globalaifund.engine.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.globalaifund.engine.contribution.Donor.DonorKind;
import org.globalaifund.engine.contribution.PledgeService.NewInstalment;
import org.globalaifund.engine.contribution.PledgeService.NewPledge;
import org.globalaifund.engine.contribution.ReceiptService.NewReceipt;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.security.FundUser;
import org.springframework.format.annotation.DateTimeFormat;
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
 * FINANCE's pages for donors, pledges, receipts and unapplied cash. Each form carries a one-time key, so a
 * double click or a resubmitted page records nothing twice; a refused form comes back with the message
 * next to the field and the values as typed.
 */
@Controller
@RequestMapping("/finance")
public class ContributionPagesController {

    private final DonorService donors;
    private final FundService funds;
    private final PledgeService pledges;
    private final ReceiptService receipts;
    private final UnappliedConversion conversion;
    private final PeopleService people;

    public ContributionPagesController(DonorService donors, FundService funds, PledgeService pledges, ReceiptService receipts,
            UnappliedConversion conversion, PeopleService people) {
        this.donors = donors;
        this.funds = funds;
        this.pledges = pledges;
        this.receipts = receipts;
        this.conversion = conversion;
        this.people = people;
    }

    @GetMapping("/donors")
    String donorList(Model model) {
        return donorPage(model, Map.of());
    }

    private String donorPage(Model model, Map<String, String> form) {
        model.addAttribute("donors", donors.all());
        model.addAttribute("funds", funds.all());
        model.addAttribute("donorPeople", people.withRole(Role.DONOR));
        model.addAttribute("form", form);
        return "finance/donors";
    }

    @PostMapping("/donors")
    String registerDonor(@AuthenticationPrincipal FundUser user, @RequestParam Map<String, String> form, Model model) {
        try {
            DonorKind kind = "INDIVIDUAL".equals(form.get("kind")) ? DonorKind.INDIVIDUAL : DonorKind.ORGANISATION;
            donors.register(user.personId(), new DonorService.NewDonor(trim(form.get("ref")), form.get("name"), kind,
                    kind == DonorKind.INDIVIDUAL ? null : blank(form.get("organisationType")), blank(form.get("countryCode")),
                    blank(form.get("contactName")), blank(form.get("contactEmail"))));
            return "redirect:/finance/donors";
        } catch (FundException e) {
            errors(model, e);
            return donorPage(model, form);
        }
    }

    @PostMapping("/donors/people")
    String linkPerson(@AuthenticationPrincipal FundUser user, @RequestParam(defaultValue = "") String donorId,
            @RequestParam(defaultValue = "") String personId, Model model) {
        try {
            donors.linkPerson(user.personId(), donorId, personId);
            return "redirect:/finance/donors";
        } catch (FundException e) {
            errors(model, e.fieldErrors().isEmpty() ? FundException.invalid("personId", e.getMessage()) : e);
            return donorPage(model, Map.of());
        }
    }

    @PostMapping("/funds")
    String openFund(@AuthenticationPrincipal FundUser user, @RequestParam Map<String, String> form, Model model) {
        try {
            funds.restricted(user.personId(), form.get("donorId"), RestrictedPurpose.valueOf(form.getOrDefault("purpose", "NONE")),
                    trim(form.get("purposeValue")));
            return "redirect:/finance/donors";
        } catch (FundException | IllegalArgumentException e) {
            errors(model, e instanceof FundException f ? f : FundException.invalid("purpose", "Choose a purpose."));
            return donorPage(model, form);
        }
    }

    @GetMapping("/pledges")
    String pledgeList(Model model) {
        return pledgePage(model, Map.of());
    }

    private String pledgePage(Model model, Map<String, String> form) {
        model.addAttribute("pledges", pledges.list(null));
        model.addAttribute("donors", donors.all());
        model.addAttribute("funds", funds.all());
        model.addAttribute("form", form);
        model.addAttribute("formKey", UUID.randomUUID().toString());
        return "finance/pledges";
    }

    @PostMapping("/pledges")
    String recordPledge(@AuthenticationPrincipal FundUser user, @RequestParam Map<String, String> form, Model model) {
        try {
            Pledge pledge = pledges.record(user.personId(), form.get("formKey"), new NewPledge(form.get("donorId"), form.get("fundCode"),
                    trim(form.get("currency")), trim(form.get("amount")), date(form.get("pledgedOn"), "pledgedOn"),
                    schedule(form.get("schedule")), "true".equals(form.get("conditional")), blank(form.get("conditionText")),
                    rate(form.get("discountRate"))));
            return "redirect:/finance/pledges/" + pledge.id();
        } catch (FundException e) {
            errors(model, e);
            return pledgePage(model, form);
        }
    }

    @GetMapping("/pledges/{id}")
    String pledge(@PathVariable String id, Model model) {
        Pledge pledge = pledges.get(id);
        model.addAttribute("pledge", pledge);
        model.addAttribute("donor", donors.get(pledge.donorId()));
        model.addAttribute("receipts", receipts.all().stream().filter(r -> id.equals(r.pledgeId())).toList());
        model.addAttribute("formKey", UUID.randomUUID().toString());
        return "finance/pledge";
    }

    @PostMapping("/pledges/{id}/condition-met")
    String conditionMet(@AuthenticationPrincipal FundUser user, @PathVariable String id, @RequestParam String formKey,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, RedirectAttributes redirect) {
        return act(redirect, "/finance/pledges/" + id, () -> pledges.conditionMet(user.personId(), formKey, id, on));
    }

    @PostMapping("/pledges/{id}/write-offs")
    String writeOff(@AuthenticationPrincipal FundUser user, @PathVariable String id, @RequestParam String formKey,
            @RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(redirect, "/finance/pledges/" + id, () -> pledges.writeOff(user.personId(), formKey, id, amount.trim(), reason, null));
    }

    @GetMapping("/receipts")
    String receiptList(Model model) {
        return receiptPage(model, Map.of());
    }

    private String receiptPage(Model model, Map<String, String> form) {
        model.addAttribute("receipts", receipts.all());
        model.addAttribute("pledges", pledges.list(null));
        model.addAttribute("donors", donors.all());
        model.addAttribute("form", form);
        model.addAttribute("formKey", UUID.randomUUID().toString());
        return "finance/receipts";
    }

    @PostMapping("/receipts")
    String recordReceipt(@AuthenticationPrincipal FundUser user, @RequestParam Map<String, String> form, Model model) {
        try {
            receipts.record(user.personId(), form.get("formKey"), new NewReceipt(blank(form.get("pledgeId")), blank(form.get("donorId")),
                    trim(form.get("currency")), trim(form.get("amount")), date(form.get("receivedOn"), "receivedOn"),
                    blank(form.get("payerReference"))));
            return "redirect:/finance/receipts";
        } catch (FundException e) {
            errors(model, e);
            return receiptPage(model, form);
        }
    }

    @GetMapping("/unapplied")
    String unapplied(Model model) {
        model.addAttribute("receipts", receipts.unapplied());
        model.addAttribute("pledges", pledges.list(null));
        model.addAttribute("formKey", UUID.randomUUID().toString());
        return "finance/unapplied";
    }

    @PostMapping("/unapplied/{receiptId}/apply")
    String applyUnapplied(@AuthenticationPrincipal FundUser user, @PathVariable String receiptId, @RequestParam String formKey,
            @RequestParam(defaultValue = "") String pledgeId, @RequestParam(defaultValue = "") String amount, RedirectAttributes redirect) {
        return act(redirect, "/finance/unapplied", () -> receipts.applyUnapplied(user.personId(), formKey, receiptId, pledgeId, amount.trim()));
    }

    @PostMapping("/unapplied/{receiptId}/return")
    String returnUnapplied(@AuthenticationPrincipal FundUser user, @PathVariable String receiptId, @RequestParam String formKey,
            @RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return act(redirect, "/finance/unapplied", () -> receipts.returnUnapplied(user.personId(), formKey, receiptId, amount.trim(), note));
    }

    @PostMapping("/unapplied/{receiptId}/convert")
    String convertUnapplied(@AuthenticationPrincipal FundUser user, @PathVariable String receiptId, @RequestParam String formKey,
            @RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String toCurrency, RedirectAttributes redirect) {
        return act(redirect, "/finance/unapplied",
                () -> conversion.convert(user.personId(), formKey, receiptId, toCurrency.trim().toUpperCase(java.util.Locale.ROOT), amount.trim()));
    }

    private static String act(RedirectAttributes redirect, String target, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", true);
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND && e.fieldErrors().isEmpty()) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.fieldErrors().isEmpty() ? e.getMessage() : String.join(" ", e.fieldErrors().values()));
        }
        return "redirect:" + target;
    }

    private static void errors(Model model, FundException e) {
        model.addAttribute("errors", e.formErrors());
    }

    /** "2027-06-30 250000.00" per line: one instalment per line; empty means one instalment on the pledge date. */
    static List<NewInstalment> schedule(String text) {
        List<NewInstalment> schedule = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return schedule;
        }
        for (String line : text.strip().split("\\R")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 2) {
                throw FundException.invalid("schedule", "Write one instalment per line: the due date (YYYY-MM-DD), a space, the amount.");
            }
            schedule.add(new NewInstalment(date(parts[0], "schedule"), parts[1]));
        }
        return schedule;
    }

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw FundException.invalid(field, "Enter the date as YYYY-MM-DD.");
        }
    }

    private static BigDecimal rate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw FundException.invalid("discountRate", "Enter the discount rate as a decimal fraction, e.g. 0.05.");
        }
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
