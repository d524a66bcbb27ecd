package org.globalaifund.engine.grant;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.reference.ReferenceData;
import org.globalaifund.engine.security.FundUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The applicant's grant pages: their grants; one grant's offer with the agreement PDF, the tranche schedule, the
 * results framework and the deadline; the bank details form; acceptance (with the bank details entered, before the
 * deadline, on behalf of the organisation) and declination. Anyone else's grant is "not found".
 */
@Controller
@RequestMapping("/applicant/grants")
public class GrantController {

    private final GrantService grants;
    private final ReferenceData reference;
    private final Clock clock;

    GrantController(GrantService grants, ReferenceData reference, Clock clock) {
        this.grants = grants;
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal FundUser user, Model model) {
        model.addAttribute("grants", grants.mine(user.personId()));
        return "grant/list";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal FundUser user, @PathVariable String id, Model model) {
        return page(model, grants.own(user.personId(), id), null, BankDetails.empty(), "");
    }

    @GetMapping("/{id}/agreement")
    ResponseEntity<byte[]> agreement(@AuthenticationPrincipal FundUser user, @PathVariable String id) {
        Grant grant = grants.own(user.personId(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(grant.reference() + ".pdf").build().toString())
                .body(grants.agreementPdf(grant));
    }

    @PostMapping("/{id}/bank-details")
    String bankDetails(@AuthenticationPrincipal FundUser user, @PathVariable String id, @RequestParam(defaultValue = "") String holder,
            @RequestParam(defaultValue = "") String bankName, @RequestParam(defaultValue = "") String bankCountry,
            @RequestParam(defaultValue = "") String iban, @RequestParam(defaultValue = "") String accountNumber,
            @RequestParam(defaultValue = "") String bic, Model model, RedirectAttributes redirect) {
        Grant grant = grants.own(user.personId(), id);
        BankDetails typed = new BankDetails(holder, bankName, bankCountry, iban, accountNumber, bic);
        try {
            grants.enterBankDetails(user.personId(), id, typed);
            redirect.addFlashAttribute("success", true);
            return "redirect:/applicant/grants/" + id;
        } catch (FundException e) {
            return refused(e, model, grant, typed, "");
        }
    }

    @PostMapping("/{id}/acceptance")
    String accept(@AuthenticationPrincipal FundUser user, @PathVariable String id, @RequestParam(defaultValue = "false") boolean onBehalf,
            Model model, RedirectAttributes redirect) {
        Grant grant = grants.own(user.personId(), id);
        try {
            grants.accept(user.personId(), id, onBehalf);
            redirect.addFlashAttribute("accepted", true);
            return "redirect:/applicant/grants/" + id;
        } catch (FundException e) {
            return refused(e, model, grants.own(user.personId(), grant.id()), BankDetails.empty(), "");
        }
    }

    @PostMapping("/{id}/declination")
    String decline(@AuthenticationPrincipal FundUser user, @PathVariable String id, @RequestParam(defaultValue = "") String reason,
            Model model, RedirectAttributes redirect) {
        Grant grant = grants.own(user.personId(), id);
        try {
            grants.decline(user.personId(), id, reason);
            redirect.addFlashAttribute("declined", true);
            return "redirect:/applicant/grants/" + id;
        } catch (FundException e) {
            return refused(e, model, grant, BankDetails.empty(), reason);
        }
    }

    private String refused(FundException e, Model model, Grant grant, BankDetails typed, String reason) {
        if (e.type() == ProblemType.NOT_FOUND) {
            throw e;
        }
        return page(model, grant, new HashMap<>(e.formErrors()), typed, reason);
    }

    private String page(Model model, Grant grant, Map<String, String> errors, BankDetails typed, String reason) {
        GrantService.GrantView view = grants.view(grant);
        model.addAttribute("view", view);
        model.addAttribute("grant", grant);
        model.addAttribute("app", view.application());
        model.addAttribute("open", grant.openAt(clock.instant()));
        model.addAttribute("typed", typed);
        model.addAttribute("reason", reason);
        model.addAttribute("countryCodes", reference.countries().codes());
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        return "grant/offer";
    }
}
