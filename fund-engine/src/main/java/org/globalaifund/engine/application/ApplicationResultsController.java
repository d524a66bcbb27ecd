package org.globalaifund.engine.application;

import static org.globalaifund.engine.application.StepForms.first;
import static org.globalaifund.engine.application.StepForms.rethrowIfNotFound;
import static org.globalaifund.engine.application.StepForms.saved;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.globalaifund.engine.application.ResultsRules.IndicatorRow;
import org.globalaifund.engine.call.CallService;
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
 * The applicant's draft results framework: a fixed number of indicator rows (the saved ones plus empty ones, so no
 * script is needed to add one), saved as a whole; a refused row comes back as typed with each message next to its field.
 */
@Controller
@RequestMapping("/applicant/applications/{id}/results")
public class ApplicationResultsController {

    /** Empty rows below the saved indicators. */
    static final int EMPTY_ROWS = 3;
    /** Rows read from one form at most; more than {@link ResultsRules#MAX_INDICATORS} filled ones are refused anyway. */
    static final int MAX_ROWS = 100;

    private final ApplicationService applications;
    private final ApplicationResults results;
    private final ResultsRules rules;
    private final ApplicationRules applicationRules;
    private final CallService calls;

    public ApplicationResultsController(ApplicationService applications, ApplicationResults results, ResultsRules rules,
            ApplicationRules applicationRules, CallService calls) {
        this.applications = applications;
        this.results = results;
        this.rules = rules;
        this.applicationRules = applicationRules;
        this.calls = calls;
    }

    @GetMapping
    String page(@AuthenticationPrincipal FundUser user, @PathVariable String id, Model model) {
        Application app = applications.own(user.personId(), id);
        List<IndicatorRow> rows = new ArrayList<>(app.indicators().stream().map(IndicatorRow::of).toList());
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(IndicatorRow.EMPTY);
        }
        return view(model, app, rows);
    }

    @PostMapping
    String save(@AuthenticationPrincipal FundUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        Application app = applications.own(user.personId(), id);
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && (params.containsKey("name_" + i) || params.containsKey("measure_" + i)); i++) {
            rows.add(new IndicatorRow(first(params, "name_" + i), first(params, "measure_" + i), first(params, "unit_" + i),
                    first(params, "baselineYear_" + i), first(params, "baseline_" + i), first(params, "target_" + i),
                    first(params, "sdgTarget_" + i)));
        }
        try {
            results.save(user.personId(), id, rows);
            return saved(id, "results", "attachments", params, redirect);
        } catch (FundException e) {
            rethrowIfNotFound(e);
            model.addAttribute("errors", e.formErrors());
            return view(model, app, rows);
        }
    }

    /** The rows, the measures, and the SDG targets under the project's goals (the only ones an indicator may name). */
    private String view(Model model, Application app, List<IndicatorRow> rows) {
        model.addAttribute("app", app);
        model.addAttribute("call", calls.get(app.callId()));
        model.addAttribute("rows", rows);
        model.addAttribute("measures", rules.measures().codes());
        Map<Integer, List<String>> targetGroups = new LinkedHashMap<>();
        for (Integer goal : app.sdgGoals()) {
            targetGroups.put(goal, applicationRules.sdgTargets().codes().stream().filter(t -> t.startsWith(goal + ".")).toList());
        }
        model.addAttribute("targetGroups", targetGroups);
        return "application/results";
    }
}
