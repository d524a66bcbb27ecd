package org.globalaifund.engine.grant;

import java.util.Map;
import java.util.stream.Collectors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * FINANCE's bank details pages: the accounts waiting for a confirmation (masked in the list), one account in full
 * (FINANCE checks it against the bank's letter before confirming) with the grant's earlier versions, and the grants
 * with the account each may be paid into. Confirming is four eyes: see {@link GrantBankAccounts}.
 */
@Controller
@RequestMapping("/finance/bank-details")
public class BankDetailsFinanceController {

    private final GrantBankAccounts bankAccounts;
    private final GrantService grants;
    private final PersonRepository people;

    BankDetailsFinanceController(GrantBankAccounts bankAccounts, GrantService grants, PersonRepository people) {
        this.bankAccounts = bankAccounts;
        this.grants = grants;
        this.people = people;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("waiting", bankAccounts.waiting());
        model.addAttribute("grants", grants.all());
        model.addAttribute("grantsById", grants.all().stream().collect(Collectors.toMap(Grant::id, g -> g)));
        model.addAttribute("payable", grants.all().stream().filter(g -> bankAccounts.payableBankAccount(g.id()).isPresent())
                .collect(Collectors.toMap(Grant::id, g -> bankAccounts.payableBankAccount(g.id()).orElseThrow())));
        return "grant/finance-bank-details";
    }

    @GetMapping("/{versionId}")
    String show(@AuthenticationPrincipal FundUser user, @PathVariable String versionId, Model model) {
        return page(model, user, bankAccounts.get(versionId), null);
    }

    @PostMapping("/{versionId}/confirmation")
    String confirm(@AuthenticationPrincipal FundUser user, @PathVariable String versionId, Model model, RedirectAttributes redirect) {
        BankAccountVersion version = bankAccounts.get(versionId);
        try {
            bankAccounts.confirm(user.personId(), versionId);
            redirect.addFlashAttribute("success", true);
            return "redirect:/finance/bank-details/" + versionId;
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            return page(model, user, version, Map.of("form", e.getMessage()));
        }
    }

    private String page(Model model, FundUser user, BankAccountVersion version, Map<String, String> errors) {
        Grant grant = grants.get(version.grantId());
        model.addAttribute("version", version);
        model.addAttribute("grant", grant);
        model.addAttribute("app", grants.view(grant).application());
        model.addAttribute("versions", bankAccounts.versions(grant.id()));
        model.addAttribute("payable", bankAccounts.payableBankAccount(grant.id()).orElse(null));
        model.addAttribute("names", people.findAll().stream().collect(Collectors.toMap(Person::id, Person::displayName)));
        model.addAttribute("me", user.personId());
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        return "grant/finance-bank-account";
    }
}
