package org.globalaifund.engine.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.globalaifund.bpmn.ProcessNames;
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
 * ADMIN's screening pages, the form of the "Screen application" user task ({@link ProcessNames#FORM_APPLICATION_SCREENING}, see
 * {@link org.globalaifund.engine.portal.FormPages}):
 * the open tasks, and one application read-only with its outcome, screened or a question for the applicant.
 */
@Controller
@RequestMapping("/admin/screening")
public class ScreeningController {

    private static final int DEFAULT_DAYS = 14;

    private final ApplicationScreening screening;
    private final ApplicationService applications;
    private final ApplicationViews views;
    private final ApplicationTitles titles;

    public ScreeningController(ApplicationScreening screening, ApplicationService applications, ApplicationViews views,
            ApplicationTitles titles) {
        this.screening = screening;
        this.applications = applications;
        this.views = views;
        this.titles = titles;
    }

    @GetMapping
    String list(Model model) {
        List<ApplicationScreening.ScreeningTask> tasks = screening.openTasks();
        model.addAttribute("tasks", tasks);
        model.addAttribute("applications", titles.of(tasks.stream().map(ApplicationScreening.ScreeningTask::applicationId).toList()));
        return "screening/list";
    }

    @GetMapping("/{taskId}")
    String show(@PathVariable String taskId, Model model) {
        ApplicationScreening.ScreeningTask task = screening.task(taskId);
        views.status(model, applications.get(task.applicationId()), true);
        model.addAttribute("task", task);
        model.addAttribute("dueOn", views.today().plusDays(DEFAULT_DAYS));
        return "screening/task";
    }

    @PostMapping("/{taskId}")
    String complete(@AuthenticationPrincipal FundUser user, @PathVariable String taskId, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String dueOn, RedirectAttributes redirect) {
        try {
            if (ProcessNames.SCREENING_OUTCOME_MORE_INFORMATION.equals(outcome)) {
                screening.askForInformation(taskId, question, parse(dueOn));
            } else if (ProcessNames.SCREENING_OUTCOME_SCREENED.equals(outcome)) {
                screening.screened(taskId, user.personId());
            } else {
                throw FundException.invalid("outcome", screening.text("screening.error.outcome"));
            }
            redirect.addFlashAttribute("success", true);
            return "redirect:/admin/screening";
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/admin/screening/" + taskId;
        }
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
