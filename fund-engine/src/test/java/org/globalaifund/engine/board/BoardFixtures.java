package org.globalaifund.engine.board;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationFixtures;
import org.globalaifund.engine.application.ApplicationResults;
import org.globalaifund.engine.application.ApplicationRules.BudgetRow;
import org.globalaifund.engine.application.ApplicationScreening;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ResultsRules;
import org.globalaifund.engine.board.BoardRules.TrancheRow;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.CallTerms;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.call.PriorityArea;
import org.globalaifund.engine.call.ReviewCriterion;
import org.globalaifund.engine.camunda.DueJobs;
import org.globalaifund.engine.contribution.Fund;
import org.globalaifund.engine.people.Constituency;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.review.Review;
import org.globalaifund.engine.review.ReviewAssignment;
import org.globalaifund.engine.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * Applications brought to the board through the services (submitted, screened, reviewed by two reviewers, cleared by
 * due diligence, then put on the board's list), a fresh board of seated members, and the process jobs run by hand,
 * never the GrantAgreement's (the grant is another package's: its jobs would prepare the agreement).
 */
@Component
class BoardFixtures {

    static final String PASSWORD = "a-long-password-1";
    private static final Set<String> NOT_OURS = Set.of(ProcessNames.PROCESS_GRANT_AGREEMENT);

    final CallService calls;
    final PeopleService people;
    final ApplicationService applications;
    final ApplicationScreening screening;
    final ApplicationResults results;
    final ReviewAssignment assignment;
    final ReviewService reviews;
    final BoardDocket docket;
    final BoardVoting voting;
    final RuntimeService runtime;
    final DueJobs jobs;
    final Clock clock;

    BoardFixtures(CallService calls, PeopleService people, ApplicationService applications, ApplicationScreening screening,
            ApplicationResults results, ReviewAssignment assignment, ReviewService reviews, BoardDocket docket, BoardVoting voting,
            RuntimeService runtime, DueJobs jobs, Clock clock) {
        this.calls = calls;
        this.people = people;
        this.applications = applications;
        this.screening = screening;
        this.results = results;
        this.assignment = assignment;
        this.reviews = reviews;
        this.docket = docket;
        this.voting = voting;
        this.runtime = runtime;
        this.jobs = jobs;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    Person person(Role... roles) {
        String email = "board." + UUID.randomUUID().toString().substring(0, 8) + "@board.test";
        return people.createActive(null, email, "Tester " + email.substring(6, 14), PASSWORD, EnumSet.copyOf(List.of(roles)));
    }

    /**
     * A board of its own for the test: everyone else loses the BOARD_MEMBER role, then one seated member per given
     * constituency (the first chairs). Extra roles are given to every member.
     */
    List<Person> board(Person admin, Constituency... seats) {
        voting.members().forEach(m -> people.revokeRole(admin.id(), m.id(), Role.BOARD_MEMBER));
        people.withRole(Role.BOARD_MEMBER).forEach(m -> people.revokeRole(admin.id(), m.id(), Role.BOARD_MEMBER));
        List<Person> members = new ArrayList<>();
        for (int i = 0; i < seats.length; i++) {
            members.add(seat(admin, person(Role.BOARD_MEMBER), seats[i], i == 0));
        }
        return members;
    }

    /** Gives {@code person} (who may hold other roles) a seat on the board. */
    Person seat(Person admin, Person person, Constituency constituency, boolean chair) {
        if (!person.has(Role.BOARD_MEMBER)) {
            people.grantRole(admin.id(), person.id(), Role.BOARD_MEMBER);
        }
        return people.setBoardSeat(admin.id(), person.id(), constituency, chair);
    }

    FundingCall call() {
        String ref = "B-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return calls.publish(null, new CallTerms(ref, "Call " + ref, "Compute for SDG teams.", "USD", "1000000.00", today(),
                today().plusDays(30), EnumSet.of(PriorityArea.SHARED_COMPUTE), List.of(3, 13), Set.of("KE", "SN"),
                List.of(Fund.UNRESTRICTED), new CallTerms.Limits("50000.00", 1000, 5, 40), null));
    }

    /**
     * An application of {@code applicant} for 12000.00 USD reviewed by the two reviewers (both score 4: FUND), waiting
     * for the board's decision (READY_FOR_BOARD).
     */
    Application ready(Person applicant, Person admin, Person firstReviewer, Person secondReviewer) {
        Application app = applications.start(applicant.id(), call().id());
        applications.saveOrganisation(applicant.id(), app.id(), "Nairobi Data Lab", "80", "KE", ApplicationFixtures.SIGNATORY);
        applications.saveProject(applicant.id(), app.id(), "Clinic triage models", "Models for rural clinics.", List.of("3"), List.of("3.8"));
        applications.saveBudget(applicant.id(), app.id(), List.of(new BudgetRow("PERSONNEL", "12000.00")));
        Application complete = results.save(applicant.id(), app.id(), List.of(new ResultsRules.IndicatorRow("Clinics using triage", "1",
                "clinics", String.valueOf(today().getYear()), "0", "40", "3.8")));
        applications.submit(applicant.id(), app.id(), complete.version());
        runJobs(app.id());
        String task = screening.openTasks().stream().filter(t -> t.applicationId().equals(app.id())).findFirst().orElseThrow().taskId();
        screening.screened(task, admin.id());
        runJobs(app.id());
        ReviewAssignment.AssignmentTask assign = assignment.openTasks().stream().filter(t -> t.applicationId().equals(app.id()))
                .findFirst().orElseThrow();
        List<Review> assigned = assignment.assign(assign.taskId(), admin.id(), List.of(firstReviewer.id(), secondReviewer.id()),
                today().plusDays(21));
        runJobs(app.id());
        review(assigned.get(0), firstReviewer);
        review(assigned.get(1), secondReviewer);
        runJobs(app.id());
        toBoardList(app.id());
        return applications.get(app.id());
    }

    private void review(Review review, Person reviewer) {
        reviews.declare(reviewer.id(), review.id(), "NO_CONFLICT", "");
        Map<ReviewCriterion, String> scores = new EnumMap<>(ReviewCriterion.class);
        Map<ReviewCriterion, String> comments = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion c : ReviewCriterion.values()) {
            scores.put(c, "4");
            comments.put(c, "Sound on " + c.name().toLowerCase());
        }
        reviews.submit(reviewer.id(), review.id(), scores, comments);
    }

    /**
     * After the review the GrantLifecycle calls the BoardDecision: due diligence screens the organisation and its
     * signatories (the test context's invented sanctions list clears these names) and "Put on the board's list" runs.
     * Without a BoardDecision (a model that does not call it), one is started there as the process contract allows.
     */
    void toBoardList(String applicationId) {
        runBoardJobs(applicationId);
        if (runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.PROCESS_BOARD_DECISION)
                .processInstanceBusinessKey(applicationId).count() == 0) {
            runtime.createProcessInstanceByKey(ProcessNames.PROCESS_BOARD_DECISION).businessKey(applicationId)
                    .setVariable(ProcessNames.VAR_APPLICATION_ID, applicationId).startBeforeActivity("Task_MarkReadyForBoard").execute();
            runBoardJobs(applicationId);
        }
    }

    /** Runs the application's due jobs of every process but the GrantAgreement. */
    void runJobs(String applicationId) {
        run(applicationId, job -> !NOT_OURS.contains(job.getProcessDefinitionKey()));
    }

    /** Runs the application's due BoardDecision jobs only. */
    void runBoardJobs(String applicationId) {
        run(applicationId, job -> ProcessNames.PROCESS_BOARD_DECISION.equals(job.getProcessDefinitionKey()));
    }

    private void run(String applicationId, java.util.function.Predicate<Job> ours) {
        jobs.runDue(applicationId, ours);
    }

    /**
     * A meeting today (its day: the chair may act at it) with the application on its docket as drafted (its requested
     * cash total, one tranche).
     */
    DocketItem onDocket(Person admin, Application app) {
        return onDocket(admin, app, meeting(admin, today()));
    }

    /** The application on the meeting's docket as drafted. */
    DocketItem onDocket(Person admin, Application app, BoardMeeting meeting) {
        return docket.addItem(admin.id(), meeting.id(), app.id(), docket.proposedRows(app.id()));
    }

    /** A meeting on {@code day} at 10:00 UTC. */
    BoardMeeting meeting(Person admin, LocalDate day) {
        return docket.createMeeting(admin.id(), day + "T10:00", "Room 4, Nairobi");
    }

    /** The chair records each of {@code present} present. */
    void present(Person chair, DocketItem item, List<Person> present) {
        present.forEach(p -> voting.recordAttendance(chair.id(), item.meetingId(), p.id(), true));
    }

    static List<TrancheRow> rows(String... triples) {
        List<TrancheRow> rows = new ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            rows.add(new TrancheRow(triples[i], triples[i + 1], triples[i + 2]));
        }
        return rows;
    }
}
