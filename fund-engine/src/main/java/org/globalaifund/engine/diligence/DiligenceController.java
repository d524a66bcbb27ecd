package org.globalaifund.engine.diligence;

import java.util.List;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationTitles;
import org.globalaifund.engine.application.ApplicationViews;
import org.globalaifund.engine.diligence.DueDiligenceScreening.Decision;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN's due-diligence pages, the form of "Clear or reject the possible match" ({@link ProcessNames#FORM_SANCTIONS_DECISION},
 * see {@link org.globalaifund.engine.portal.FormPages}): the applications held by a possible sanctions match, and one of
 * them with the names screened, what they matched, and the decision with its reason.
 */
@Controller
@RequestMapping("/admin/diligence")
public class DiligenceController {

    private final DiligenceDecisions decisions;
    private final ApplicationService applications;
    private final ApplicationViews views;
    private final ApplicationTitles titles;

    public DiligenceController(DiligenceDecisions decisions, ApplicationService applications, ApplicationViews views,
            ApplicationTitles titles) {
        this.decisions = decisions;
        this.applications = applications;
        this.views = views;
        this.titles = titles;
    }

    @GetMapping
    String list(Model model) {
        List<DiligenceDecisions.MatchTask> tasks = decisions.openTasks();
        model.addAttribute("tasks", tasks);
        model.addAttribute("applications", titles.of(tasks.stream().map(DiligenceDecisions.MatchTask::applicationId).toList()));
        return "diligence/list";
    }

    @GetMapping("/{taskId}")
    String show(@PathVariable String taskId, Model model) {
        return page(model, decisions.task(taskId), "", "");
    }

    @PostMapping("/{taskId}")
    String decide(@AuthenticationPrincipal FundUser user, @PathVariable String taskId, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        DiligenceDecisions.MatchTask task = decisions.task(taskId);
        try {
            decisions.decide(taskId, user.personId(), parse(decision), reason);
            redirect.addFlashAttribute("success", true);
            return "redirect:/admin/diligence";
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("errors", e.formErrors());
            return page(model, task, decision, reason);
        }
    }

    private String page(Model model, DiligenceDecisions.MatchTask task, String decision, String reason) {
        model.addAttribute("task", task);
        views.status(model, applications.get(task.applicationId()), true);
        model.addAttribute("decision", decision);
        model.addAttribute("reason", reason);
        return "diligence/task";
    }

    private static Decision parse(String decision) {
        try {
            return Decision.valueOf(decision);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
