package org.globalaifund.engine.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.reference.ReferenceData;
import org.globalaifund.engine.reference.SdgGoals;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the application pages show besides the application itself: its call, the choices of each step (codelists in
 * the reader's language), the timeline and what comes next. Shared by the applicant's and ADMIN's pages.
 */
@Component
public class ApplicationViews {

    private final ApplicationService applications;
    private final ApplicationRules rules;
    private final CallService calls;
    private final ReferenceData reference;
    private final SdgGoals sdgs;
    private final ApplicationScreening screening;
    private final InKindRequests inKind;
    private final ApplicationAttachments attachments;
    private final Clock clock;

    ApplicationViews(ApplicationService applications, ApplicationRules rules, CallService calls, ReferenceData reference,
            SdgGoals sdgs, ApplicationScreening screening, InKindRequests inKind, ApplicationAttachments attachments, Clock clock) {
        this.inKind = inKind;
        this.attachments = attachments;
        this.screening = screening;
        this.applications = applications;
        this.rules = rules;
        this.calls = calls;
        this.reference = reference;
        this.sdgs = sdgs;
        this.clock = clock;
    }

    /** Every call by id, so lists can name the call of each application. */
    Map<String, FundingCall> callTitles() {
        return calls.all().stream().collect(Collectors.toMap(FundingCall::id, Function.identity()));
    }

    /** The calls open today, each with a button to start an application. */
    List<FundingCall> openCalls() {
        return calls.openOn(today());
    }

    String organisation(Model model, Application app, Map<String, String> form) {
        common(model, app);
        model.addAttribute("form", form);
        model.addAttribute("orgTypes", reference.organisationTypes().codes());
        model.addAttribute("countryCodes", reference.countries().codes());
        return "application/organisation";
    }

    /** The 17 goals, and the targets of the goals the call names or the applicant chose (the only targets allowed). */
    String project(Model model, Application app, String title, String summary, List<String> goals, List<String> targets) {
        FundingCall call = common(model, app);
        model.addAttribute("projectTitle", title);
        model.addAttribute("projectSummary", summary);
        model.addAttribute("chosenGoals", goals);
        model.addAttribute("chosenTargets", targets);
        model.addAttribute("goals", sdgs.all());
        TreeSet<Integer> shown = new TreeSet<>(call.sdgGoals());
        goals.stream().filter(g -> g.matches("\\d{1,2}")).map(Integer::valueOf).forEach(shown::add);
        Map<Integer, List<String>> targetGroups = new LinkedHashMap<>();
        for (Integer goal : shown) {
            targetGroups.put(goal, rules.sdgTargets().codes().stream().filter(t -> t.startsWith(goal + ".")).toList());
        }
        model.addAttribute("targetGroups", targetGroups);
        return "application/project";
    }

    String budget(Model model, Application app, List<ApplicationRules.BudgetRow> rows) {
        common(model, app);
        model.addAttribute("rows", rows);
        model.addAttribute("categories", BudgetCategory.values());
        return "application/budget";
    }

    String summary(Model model, Application app) {
        FundingCall call = common(model, app);
        model.addAttribute("missing", app.missingSteps(inKind.of(app.id()).any()));
        model.addAttribute("callOpen", call.isOpenOn(today()));
        return "application/summary";
    }

    /** The status page, for the applicant (with Withdraw) or for ADMIN (read only). */
    /** The application read-only with its timeline (the model of {@code application/status} and of {@code application/parts}). */
    public String status(Model model, Application app, boolean admin) {
        common(model, app);
        model.addAttribute("timeline", applications.timeline(app.id()));
        model.addAttribute("admin", admin);
        model.addAttribute("ineligibleReason", screening.ineligibleReason(app.id()).orElse(null));
        model.addAttribute("question", screening.requestOf(app.id()).orElse(null));
        return "application/status";
    }

    private FundingCall common(Model model, Application app) {
        FundingCall call = calls.get(app.callId());
        model.addAttribute("app", app);
        model.addAttribute("call", call);
        model.addAttribute("inKind", inKind.of(app.id()));
        model.addAttribute("attachments", attachments.of(app.id()));
        return call;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
