package org.globalaifund.engine.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.application.ApplicationTitles;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.ReviewCriterion;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN's review pages: the assignment tasks of the Review process (the form of its three form keys, see
 * {@link org.globalaifund.engine.portal.FormPages}) with suggested reviewers, and each application's reviews with
 * their declarations, scores and result, where ADMIN may ask the applicant for more information.
 */
@Controller
@RequestMapping("/admin/reviews")
public class ReviewAdminController {

    private static final List<ApplicationStatus> SHOWN = List.of(ApplicationStatus.SCREENED, ApplicationStatus.IN_REVIEW,
            ApplicationStatus.MORE_INFORMATION, ApplicationStatus.REVIEWED);

    private final ReviewAssignment assignment;
    private final ReviewRepository reviews;
    private final ApplicationService applications;
    private final CallService calls;
    private final PersonRepository people;
    private final ApplicationTitles titles;
    private final Clock clock;

    ReviewAdminController(ReviewAssignment assignment, ReviewRepository reviews, ApplicationService applications, CallService calls,
            PersonRepository people, ApplicationTitles titles, Clock clock) {
        this.titles = titles;
        this.assignment = assignment;
        this.reviews = reviews;
        this.applications = applications;
        this.calls = calls;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        List<ReviewAssignment.AssignmentTask> tasks = assignment.openTasks();
        model.addAttribute("tasks", tasks);
        model.addAttribute("inReview", titles.inStatus(SHOWN));
        model.addAttribute("applications", titles.of(tasks.stream().map(ReviewAssignment.AssignmentTask::applicationId).toList()));
        return "review/admin-list";
    }

    @GetMapping("/tasks/{taskId}")
    String task(@PathVariable String taskId, Model model) {
        return taskPage(model, assignment.task(taskId), null, List.of(), null);
    }

    @PostMapping("/tasks/{taskId}")
    String assign(@AuthenticationPrincipal FundUser user, @PathVariable String taskId,
            @RequestParam(name = "reviewers", required = false) List<String> reviewers, @RequestParam(defaultValue = "") String dueOn,
            Model model, RedirectAttributes redirect) {
        ReviewAssignment.AssignmentTask task = assignment.task(taskId);
        List<String> chosen = reviewers == null ? List.of() : reviewers;
        try {
            assignment.assign(taskId, user.personId(), chosen, parse(dueOn));
            redirect.addFlashAttribute("success", true);
            return "redirect:/admin/reviews";
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            return taskPage(model, task, e.formErrors(), chosen, dueOn);
        }
    }

    @GetMapping("/applications/{applicationId}")
    String application(@PathVariable String applicationId, Model model) {
        return applicationPage(model, applications.get(applicationId), null, "", null);
    }

    @PostMapping("/applications/{applicationId}/information")
    String ask(@AuthenticationPrincipal FundUser user, @PathVariable String applicationId, @RequestParam(defaultValue = "") String question,
            @RequestParam(defaultValue = "") String dueOn, Model model, RedirectAttributes redirect) {
        Application app = applications.get(applicationId);
        try {
            assignment.askForInformation(user.personId(), applicationId, question, parse(dueOn));
            redirect.addFlashAttribute("success", true);
            return "redirect:/admin/reviews/applications/" + applicationId;
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            return applicationPage(model, app, e.formErrors(), question, dueOn);
        }
    }

    private String taskPage(Model model, ReviewAssignment.AssignmentTask task, Map<String, String> errors, List<String> chosen, String dueOn) {
        Application app = applications.get(task.applicationId());
        List<ReviewerPool.Candidate> candidates = assignment.candidates(task);
        model.addAttribute("task", task);
        model.addAttribute("app", app);
        model.addAttribute("call", calls.get(app.callId()));
        model.addAttribute("candidates", candidates);
        model.addAttribute("chosen", errors == null
                ? candidates.stream().limit(task.minimum()).map(c -> c.person().id()).toList() : chosen);
        model.addAttribute("previous", assignment.previous(task).orElse(null));
        model.addAttribute("names", names());
        model.addAttribute("dueOn", dueOn != null ? dueOn : today().plusDays(ReviewAssignment.DEFAULT_DAYS).toString());
        model.addAttribute("minDueOn", today().plusDays(ReviewAssignment.REMINDER_BEFORE.toDays()).toString());
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        return "review/admin-task";
    }

    private String applicationPage(Model model, Application app, Map<String, String> errors, String question, String dueOn) {
        List<Review> all = reviews.ofApplication(app.id());
        model.addAttribute("app", app);
        model.addAttribute("call", calls.get(app.callId()));
        model.addAttribute("reviews", all);
        model.addAttribute("scores", all.stream().filter(r -> r.status() == ReviewStatus.SUBMITTED)
                .collect(java.util.stream.Collectors.toMap(Review::id, r -> reviews.scores(r.id()))));
        model.addAttribute("result", reviews.result(app.id()).orElse(null));
        model.addAttribute("names", names());
        model.addAttribute("criteria", ReviewCriterion.values());
        model.addAttribute("question", question);
        model.addAttribute("dueOn", dueOn != null ? dueOn : today().plusDays(ReviewAssignment.DEFAULT_DAYS / 3).toString());
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        return "review/admin-application";
    }

    private Map<String, String> names() {
        return people.findAll().stream().collect(java.util.stream.Collectors.toMap(Person::id, Person::displayName));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
