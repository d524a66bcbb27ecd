package org.globalaifund.engine.application;

import static org.globalaifund.engine.application.StepForms.first;
import static org.globalaifund.engine.application.StepForms.nz;
import static org.globalaifund.engine.application.StepForms.rethrowIfNotFound;
import static org.globalaifund.engine.application.StepForms.saved;
import static org.globalaifund.engine.application.StepForms.values;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globalaifund.engine.application.ApplicationRules.BudgetRow;
import org.globalaifund.engine.application.ApplicationRules.SignatoryRow;
import org.globalaifund.engine.problem.FundException;
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
 * The applicant's pages: their applications, starting one on an open call, one page per step (Save, or Save and
 * continue), the summary with Submit, and the status page with its timeline and Withdraw. Plain forms, no
 * JavaScript; a refused step comes back as typed with each message next to its field.
 */
@Controller
@RequestMapping("/applicant/applications")
public class ApplicationController {

    /** Rows of the budget form: the saved lines plus this many empty ones, so no script is needed to add a line. */
    static final int EMPTY_BUDGET_ROWS = 3;

    private final ApplicationService applications;
    private final ApplicationViews views;

    public ApplicationController(ApplicationService applications, ApplicationViews views) {
        this.applications = applications;
        this.views = views;
    }

    @GetMapping
    String list(@AuthenticationPrincipal FundUser user, Model model) {
        model.addAttribute("applications", applications.mine(user.personId()));
        model.addAttribute("calls", views.callTitles());
        model.addAttribute("openCalls", views.openCalls());
        return "application/list";
    }

    @PostMapping
    String start(@AuthenticationPrincipal FundUser user, @RequestParam(defaultValue = "") String callId, RedirectAttributes redirect) {
        try {
            Application app = applications.start(user.personId(), callId);
            return "redirect:/applicant/applications/" + app.id() + "/organisation";
        } catch (FundException e) {
            rethrowIfNotFound(e);
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/applicant/applications";
        }
    }

    @GetMapping("/{id}")
    String status(@AuthenticationPrincipal FundUser user, @PathVariable String id, Model model) {
        return views.status(model, applications.own(user.personId(), id), false);
    }

    @GetMapping("/{id}/summary")
    String summary(@AuthenticationPrincipal FundUser user, @PathVariable String id, Model model) {
        return views.summary(model, applications.own(user.personId(), id));
    }

    @GetMapping("/{id}/organisation")
    String organisation(@AuthenticationPrincipal FundUser user, @PathVariable String id, Model model) {
        Application app = applications.own(user.personId(), id);
        Map<String, String> form = new HashMap<>(Map.of("orgName", nz(app.orgName()), "orgType", nz(app.orgType()),
                "orgCountry", nz(app.orgCountry())));
        app.signatories().forEach(s -> {
            form.put("signatoryName" + s.number(), s.name());
            form.put("signatoryTitle" + s.number(), s.title());
        });
        return views.organisation(model, app, form);
    }

    @PostMapping("/{id}/organisation")
    String saveOrganisation(@AuthenticationPrincipal FundUser user, @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Application app = applications.own(user.personId(), id);
        Map<String, String> form = new HashMap<>(Map.of("orgName", first(params, "orgName"), "orgType", first(params, "orgType"),
                "orgCountry", first(params, "orgCountry")));
        List<SignatoryRow> signatories = new ArrayList<>();
        for (int n = 1; n <= ApplicationSignatories.MAX; n++) {
            form.put("signatoryName" + n, first(params, "signatoryName" + n));
            form.put("signatoryTitle" + n, first(params, "signatoryTitle" + n));
            signatories.add(new SignatoryRow(form.get("signatoryName" + n), form.get("signatoryTitle" + n)));
        }
        try {
            applications.saveOrganisation(user.personId(), id, form.get("orgName"), form.get("orgType"), form.get("orgCountry"),
                    signatories);
            return saved(id, "organisation", "project", params, redirect);
        } catch (FundException e) {
            rethrowIfNotFound(e);
            model.addAttribute("errors", e.formErrors());
            return views.organisation(model, app, form);
        }
    }

    @GetMapping("/{id}/project")
    String project(@AuthenticationPrincipal FundUser user, @PathVariable String id, Model model) {
        Application app = applications.own(user.personId(), id);
        return views.project(model, app, nz(app.projectTitle()), nz(app.projectSummary()),
                app.sdgGoals().stream().map(String::valueOf).toList(), app.sdgTargets());
    }

    @PostMapping("/{id}/project")
    String saveProject(@AuthenticationPrincipal FundUser user, @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Application app = applications.own(user.personId(), id);
        List<String> goals = values(params, "sdgGoals");
        List<String> targets = values(params, "sdgTargets");
        try {
            applications.saveProject(user.personId(), id, first(params, "projectTitle"), first(params, "projectSummary"), goals, targets);
            return saved(id, "project", "budget", params, redirect);
        } catch (FundException e) {
            rethrowIfNotFound(e);
            model.addAttribute("errors", e.formErrors());
            return views.project(model, app, first(params, "projectTitle"), first(params, "projectSummary"), goals, targets);
        }
    }

    @GetMapping("/{id}/budget")
    String budget(@AuthenticationPrincipal FundUser user, @PathVariable String id, Model model) {
        Application app = applications.own(user.personId(), id);
        List<BudgetRow> rows = new ArrayList<>(app.budget().stream()
                .map(l -> new BudgetRow(l.category().name(), l.amount().amount())).toList());
        for (int i = 0; i < EMPTY_BUDGET_ROWS; i++) {
            rows.add(new BudgetRow("", ""));
        }
        return views.budget(model, app, rows);
    }

    @PostMapping("/{id}/budget")
    String saveBudget(@AuthenticationPrincipal FundUser user, @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Application app = applications.own(user.personId(), id);
        List<BudgetRow> rows = new ArrayList<>();
        for (int i = 0; params.containsKey("category_" + i) || params.containsKey("amount_" + i); i++) {
            rows.add(new BudgetRow(first(params, "category_" + i), first(params, "amount_" + i)));
        }
        try {
            applications.saveBudget(user.personId(), id, rows);
            return saved(id, "budget", "compute", params, redirect);
        } catch (FundException e) {
            rethrowIfNotFound(e);
            model.addAttribute("errors", e.formErrors());
            return views.budget(model, app, rows);
        }
    }

    @PostMapping("/{id}/submission")
    String submit(@AuthenticationPrincipal FundUser user, @PathVariable String id, @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        try {
            applications.submit(user.personId(), id, version);
            redirect.addFlashAttribute("success", true);
            return "redirect:/applicant/applications/" + id;
        } catch (FundException e) {
            rethrowIfNotFound(e);
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/applicant/applications/" + id + "/summary";
        }
    }

    @PostMapping("/{id}/withdrawal")
    String withdraw(@AuthenticationPrincipal FundUser user, @PathVariable String id, RedirectAttributes redirect) {
        try {
            applications.withdraw(user.personId(), id);
            redirect.addFlashAttribute("success", true);
        } catch (FundException e) {
            rethrowIfNotFound(e);
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/applicant/applications/" + id;
    }

    @PostMapping("/{id}/information")
    String provideInformation(@AuthenticationPrincipal FundUser user, @PathVariable String id,
            @RequestParam(defaultValue = "") String answer, RedirectAttributes redirect) {
        try {
            applications.provideInformation(user.personId(), id, answer);
            redirect.addFlashAttribute("success", true);
        } catch (FundException e) {
            rethrowIfNotFound(e);
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/applicant/applications/" + id;
    }
}
