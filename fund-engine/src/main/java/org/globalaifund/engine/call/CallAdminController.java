package org.globalaifund.engine.call;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.reference.ReferenceData;
import org.globalaifund.engine.reference.SdgGoals;
import org.globalaifund.engine.security.FundUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN's pages for calls: the list, a new call (draft or published), changing a call until it opens, adding a fund
 * until it closes, and closing it early. Plain forms, no JavaScript; a refused form comes back as typed, with each
 * message next to its field.
 */
@Controller
@RequestMapping("/admin/calls")
public class CallAdminController {

    private final CallService calls;
    private final CallFunding funding;
    private final ReferenceData reference;
    private final SdgGoals sdgs;
    private final Clock clock;

    public CallAdminController(CallService calls, CallFunding funding, ReferenceData reference, SdgGoals sdgs, Clock clock) {
        this.calls = calls;
        this.funding = funding;
        this.reference = reference;
        this.sdgs = sdgs;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("calls", calls.all());
        model.addAttribute("today", today());
        return "call/admin-list";
    }

    @GetMapping("/new")
    String newCall(Model model) {
        return form(model, CallForm.empty(), null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal FundUser admin, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        CallForm form = CallForm.from(params);
        try {
            FundingCall call = calls.create(admin.personId(), form.toTerms(), "publish".equals(params.getFirst("action")));
            redirect.addFlashAttribute("success", true);
            return "redirect:/admin/calls/" + call.id();
        } catch (FundException e) {
            model.addAttribute("errors", e.formErrors());
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        FundingCall call = calls.get(id);
        return form(model, CallForm.of(call), call);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal FundUser admin, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        FundingCall call = calls.get(id);
        CallForm form = CallForm.from(params);
        try {
            calls.update(admin.personId(), id, form.toTerms(), "publish".equals(params.getFirst("action")));
            redirect.addFlashAttribute("success", true);
            return "redirect:/admin/calls/" + id;
        } catch (FundException e) {
            rethrowIfNotFound(e);
            model.addAttribute("errors", e.formErrors());
            return form(model, new CallForm(call.ref(), form.title(), form.description(), form.currency(), form.budget(), form.opensOn(),
                    form.closesOn(), form.priorityAreas(), form.sdgGoals(), form.countries(), form.countryCodes(), form.fundCodes(),
                    form.maxCash(), form.maxGpuHours(), form.maxTrainingSeats(), form.maxExpertHours(), form.weights()), call);
        }
    }

    @PostMapping("/{id}/funds")
    String addFund(@AuthenticationPrincipal FundUser admin, @PathVariable String id, @RequestParam(defaultValue = "") String fundCode,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> calls.drawOn(admin.personId(), id, fundCode));
    }

    @PostMapping("/{id}/closure")
    String close(@AuthenticationPrincipal FundUser admin, @PathVariable String id, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> calls.close(admin.personId(), id, reason));
    }

    private String act(String id, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", true);
            return "redirect:/admin/calls/" + id;
        } catch (FundException e) {
            rethrowIfNotFound(e);
            redirect.addFlashAttribute("error", e.fieldErrors().isEmpty() ? e.getMessage() : String.join(" ", e.fieldErrors().values()));
            return "redirect:/admin/calls/" + id;
        }
    }

    private String form(Model model, CallForm form, FundingCall call) {
        model.addAttribute("form", form);
        model.addAttribute("call", call);
        model.addAttribute("today", today());
        model.addAttribute("editable", call == null || call.editableOn(today()));
        model.addAttribute("areas", PriorityArea.values());
        model.addAttribute("criteria", ReviewCriterion.values());
        model.addAttribute("goals", sdgs.all());
        model.addAttribute("countryCodes", reference.countries().codes());
        model.addAttribute("chosenCountries", form.allCountries());
        model.addAttribute("funds", calls.fundChoices());
        if (call != null) {
            model.addAttribute("availability", funding.of(call));
        }
        return "call/admin-form";
    }


    private static void rethrowIfNotFound(FundException e) {
        if (e.type() == ProblemType.NOT_FOUND) {
            throw e;
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
