package org.globalaifund.engine.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationFixtures;
import org.globalaifund.engine.application.ApplicationResults;
import org.globalaifund.engine.application.ApplicationRules.BudgetRow;
import org.globalaifund.engine.application.ApplicationScreening;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ResultsRules;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.CallTerms;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.call.PriorityArea;
import org.globalaifund.engine.call.ReviewCriterion;
import org.globalaifund.engine.camunda.DueJobs;
import org.globalaifund.engine.contribution.Fund;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.springframework.stereotype.Component;

/**
 * Applications that passed screening and wait for their reviewers, people of each role, and the engine's jobs run
 * by hand (the job executor is off in tests).
 */
@Component
class ReviewFixtures {

    static final String PASSWORD = "a-long-password-1";

    final CallService calls;
    final PeopleService people;
    final ApplicationService applications;
    final ApplicationScreening screening;
    final ApplicationResults results;
    final DueJobs jobs;
    final Clock clock;

    ReviewFixtures(CallService calls, PeopleService people, ApplicationService applications, ApplicationScreening screening,
            ApplicationResults results, DueJobs jobs, Clock clock) {
        this.results = results;
        this.calls = calls;
        this.people = people;
        this.applications = applications;
        this.screening = screening;
        this.jobs = jobs;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A call open today whose weights are given (or equal when null). */
    FundingCall call(Map<ReviewCriterion, java.math.BigDecimal> weights) {
        String ref = "R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return calls.publish(null, new CallTerms(ref, "Call " + ref, "Health data for SDG teams.", "USD", "1000000.00", today(),
                today().plusDays(30), EnumSet.of(PriorityArea.SHARED_COMPUTE), List.of(3, 13), Set.of("KE", "SN"),
                List.of(Fund.UNRESTRICTED), new CallTerms.Limits("50000.00", 1000, 5, 40), weights));
    }

    Person person(Role role) {
        String email = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@reviews.test";
        return people.createActive(null, email, "Tester " + role + " " + email.substring(role.name().length() + 1, email.indexOf('@')),
                PASSWORD, EnumSet.of(role));
    }

    /** An application of {@code organisation} that passed screening: the Review process waits for its reviewers. */
    Application screened(Person applicant, String organisation, Person admin) {
        return screened(applicant, organisation, admin, call(null));
    }

    Application screened(Person applicant, String organisation, Person admin, FundingCall call) {
        Application app = applications.start(applicant.id(), call.id());
        applications.saveOrganisation(applicant.id(), app.id(), organisation, "80", "KE", ApplicationFixtures.SIGNATORY);
        applications.saveProject(applicant.id(), app.id(), "Triage models", "Models for rural clinics.", List.of("3"), List.of("3.8"));
        applications.saveBudget(applicant.id(), app.id(), List.of(new BudgetRow("PERSONNEL", "12000.00")));
        Application complete = results.save(applicant.id(), app.id(), List.of(new ResultsRules.IndicatorRow("Clinics using triage", "1",
                "clinics", String.valueOf(today().getYear()), "0", "40", "3.8")));
        applications.submit(applicant.id(), app.id(), complete.version());
        runJobs(app.id());
        String task = screening.openTasks().stream().filter(t -> t.applicationId().equals(app.id())).findFirst().orElseThrow().taskId();
        screening.screened(task, admin.id());
        runJobs(app.id());
        return applications.get(app.id());
    }

    /** Five scores, each typed as the pages send them, and a comment for each. */
    static Map<ReviewCriterion, String> scores(int... values) {
        Map<ReviewCriterion, String> scores = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion c : ReviewCriterion.values()) {
            scores.put(c, String.valueOf(values[c.ordinal()]));
        }
        return scores;
    }

    static Map<ReviewCriterion, String> comments() {
        Map<ReviewCriterion, String> comments = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion c : ReviewCriterion.values()) {
            comments.put(c, "Comment on " + c.name().toLowerCase());
        }
        return comments;
    }

    /** Runs the application's due jobs (of every process with its business key) until none is left. */
    void runJobs(String applicationId) {
        jobs.runDue(applicationId);
    }
}
