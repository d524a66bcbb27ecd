package org.globalaifund.engine.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationResults;
import org.globalaifund.engine.application.ApplicationRules.BudgetRow;
import org.globalaifund.engine.application.ApplicationRules.SignatoryRow;
import org.globalaifund.engine.application.ApplicationScreening;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.InKindRules.ComputeRow;
import org.globalaifund.engine.application.InKindRules.PeopleForm;
import org.globalaifund.engine.application.InKindService;
import org.globalaifund.engine.application.ResultsRules.IndicatorRow;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.call.ReviewCriterion;
import org.globalaifund.engine.camunda.DueJobs;
import org.globalaifund.engine.node.NetworkNodeService;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.review.Review;
import org.globalaifund.engine.review.ReviewAssignment.AssignmentTask;
import org.globalaifund.engine.review.ReviewAssignment.Kind;
import org.globalaifund.engine.review.ReviewAssignment;
import org.globalaifund.engine.review.ReviewService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Applications to the demo call in every state a person starting the demo should see, each driven through the real
 * services and the real processes, as its applicant, ADMIN and the reviewers would:
 * <ul>
 * <li>the demo applicant's: a draft; a complete submission (results framework, H100 compute at the Kigali node, training
 *     seats) waiting for screening; one from Chile, which the call does not cover, refused by the Eligibility decision; one
 *     in review where one reviewer declared a conflict of interest (ADMIN's "Assign another reviewer" task is open) and
 *     the demo reviewer submitted scores; one fully reviewed with its recommendation;</li>
 * <li>two more applicants': one screened and waiting for ADMIN to assign its reviewers; one whose two reviews are more than
 *     1.50 apart, so a third review is open (assigned to the demo reviewer, not yet declared).</li>
 * </ul>
 *
 * <p>Idempotent per application: each is known by its applicant and organisation, and one that exists is left as it is,
 * so seeding twice adds nothing and a database seeded by an older demo gets only what it lacks. The call must be open
 * today (applications are started and submitted on it); once it has closed nothing is added.
 *
 * <p>The engine's jobs are run here, deterministically, after each step that creates some ({@link DueJobs}). Outside
 * tests the job executor is on ({@code camunda.bpm.job-execution.enabled}), but the starter starts it only on
 * {@code ApplicationReadyEvent}, which Spring Boot publishes after every {@code ApplicationRunner} (the seeder) has
 * returned: while the seeder runs no executor competes for these jobs, and the seeder waits for nothing. Should a job
 * still be taken by another executor (a second app node on the same database), its {@code OptimisticLockingException}
 * means someone else ran it: the seeder looks again instead of failing. Every step runs in its own transaction (the
 * services' own), as a person's request would, so each job sees what the step before committed.
 *
 * <p>The extra applicants need no login: they get a random password that is never stored in plain text, shown or
 * logged (no usable password). Demo people who log in, with their passwords, live only in {@code application-demo.yml}.
 */
@Component
@Profile("demo")
class DemoApplications {

    private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    static final String CALL = "CFP-2027-01";
    static final String APPLICANT = "applicant@demo.globalaifund.org";
    static final String REVIEWER = "reviewer@demo.globalaifund.org";
    static final String REVIEWER2 = "reviewer2@demo.globalaifund.org";
    static final String REVIEWER3 = "reviewer3@demo.globalaifund.org";

    /** Applicants who only own demo applications (no login). */
    static final String FLOOD_LAB_APPLICANT = "farhana.akter@applicants.demo.globalaifund.org";
    static final String SPEECH_APPLICANT = "kwame.asante@applicants.demo.globalaifund.org";

    static final String SUBMITTED_ORG = "Kenya Medical Data Collaborative";
    static final String DRAFT_ORG = "Réseau sénégalais pour l'agriculture numérique";
    static final String INELIGIBLE_ORG = "Centro Andino de Datos Climáticos";
    static final String SCREENED_ORG = "Dhaka Flood Early Warning Lab";
    static final String CONFLICT_ORG = "Himalayan Crop and Climate Data Lab";
    static final String THIRD_REVIEW_ORG = "Ghana NLP Collective";
    static final String REVIEWED_ORG = "Nusa Tenggara Education AI Lab";

    /** Reviewed applications the demo board decides on ({@link DemoBoard}); the first two are the demo applicant's. */
    static final String ACCEPTED_ORG = "Lake Victoria Fisheries Data Cooperative";
    static final String OFFERED_ORG = "Rwanda Maternal Health Analytics";
    static final String REJECTED_ORG = "Sahel Locust Watch";
    static final String SENT_BACK_ORG = "Zambezi Solar Forecasting Lab";
    /** Its treasurer shares a name with an alias on the demo sanctions list: due diligence holds it for ADMIN. */
    static final String HELD_ORG = "Tunis Open Language Lab";

    static final String LOCUST_APPLICANT = "aissata.traore@applicants.demo.globalaifund.org";
    static final String SOLAR_APPLICANT = "chipo.banda@applicants.demo.globalaifund.org";
    static final String LANGUAGE_APPLICANT = "youssef.bensalah@applicants.demo.globalaifund.org";

    private final PersonRepository personRepository;
    private final PeopleService people;
    private final CallService calls;
    private final NetworkNodeService nodes;
    private final ApplicationService applications;
    private final ApplicationResults results;
    private final InKindService inKind;
    private final ApplicationScreening screening;
    private final ReviewAssignment assignment;
    private final ReviewService reviews;
    private final DueJobs jobs;
    private final Clock clock;

    DemoApplications(PersonRepository personRepository, PeopleService people, CallService calls, NetworkNodeService nodes,
            ApplicationService applications, ApplicationResults results, InKindService inKind, ApplicationScreening screening,
            ReviewAssignment assignment, ReviewService reviews, DueJobs jobs, Clock clock) {
        this.personRepository = personRepository;
        this.people = people;
        this.calls = calls;
        this.nodes = nodes;
        this.applications = applications;
        this.results = results;
        this.inKind = inKind;
        this.screening = screening;
        this.assignment = assignment;
        this.reviews = reviews;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Adds the demo applications that are missing; {@code admin} screens and assigns. Not inside a transaction. */
    void seed(String admin) {
        String applicant = personRepository.findByEmail(APPLICANT).map(Person::id).orElse(null);
        FundingCall call = calls.findByRef(CALL).orElse(null);
        if (applicant == null || call == null || admin == null) {
            return;
        }
        if (!call.isOpenOn(today())) {
            log.info("Demo call {} is not open today: no demo application added", CALL);
            return;
        }
        if (missing(applicant, SUBMITTED_ORG)) {
            submittedAndWaitingForScreening(applicant, call);
        }
        if (missing(applicant, DRAFT_ORG)) {
            Application draft = applications.start(applicant, call.id());
            applications.saveOrganisation(applicant, draft.id(), DRAFT_ORG, "22", "SN", signatory(applicant));
        }
        if (missing(applicant, INELIGIBLE_ORG)) {
            ineligible(applicant, call);
        }
        String floodLab = extraApplicant(admin, FLOOD_LAB_APPLICANT, "Farhana Akter");
        if (missing(floodLab, SCREENED_ORG)) {
            screenedAndWaitingForReviewers(floodLab, call, admin);
        }
        Optional<String> reviewer = personId(REVIEWER);
        Optional<String> reviewer2 = personId(REVIEWER2);
        Optional<String> reviewer3 = personId(REVIEWER3);
        if (reviewer.isEmpty() || reviewer2.isEmpty() || reviewer3.isEmpty()) {
            log.info("Demo reviewers {}, {} and {} are not all there: no demo application in review", REVIEWER, REVIEWER2, REVIEWER3);
            return;
        }
        if (missing(applicant, CONFLICT_ORG)) {
            inReviewWithAConflict(applicant, call, admin, reviewer.get(), reviewer3.get());
        }
        String speech = extraApplicant(admin, SPEECH_APPLICANT, "Kwame Asante");
        if (missing(speech, THIRD_REVIEW_ORG)) {
            waitingForAThirdReview(speech, call, admin, reviewer2.get(), reviewer3.get(), reviewer.get());
        }
        if (missing(applicant, REVIEWED_ORG)) {
            reviewed(applicant, call, admin, reviewer.get(), reviewer2.get());
        }
        forTheBoard(applicant, call, admin, reviewer.get(), reviewer2.get());
    }

    /**
     * A reviewed application the demo board decides on: its applicant, organisation (type, country), project with one SDG goal and
     * target, cash lines, one indicator (name, unit, target), extra signatories (beside the applicant, as director) and
     * the two reviewers' scores.
     */
    private record ForTheBoard(String owner, String org, String orgType, String country, String title, String summary, String target,
            List<BudgetRow> budget, String indicator, String unit, String indicatorTarget, List<SignatoryRow> moreSignatories,
            int[] firstScores, int[] secondScores) {}

    /** Five more reviewed applications: four for the demo board's first meeting, one held at due diligence. */
    private void forTheBoard(String applicant, FundingCall call, String admin, String first, String second) {
        String locust = extraApplicant(admin, LOCUST_APPLICANT, "Aïssata Traoré");
        String solar = extraApplicant(admin, SOLAR_APPLICANT, "Chipo Banda");
        String language = extraApplicant(admin, LANGUAGE_APPLICANT, "Youssef Ben Salah");
        List<ForTheBoard> cases = List.of(
                new ForTheBoard(applicant, ACCEPTED_ORG, "22", "UG", "Catch forecasts for small-scale fishers on Lake Victoria",
                        "Trains open models on landing-site records and lake sensor data to forecast catches a week ahead, sent by SMS "
                                + "to fishing cooperatives in Luganda and English.", "2.3",
                        List.of(new BudgetRow("PERSONNEL", "64000.00"), new BudgetRow("DATA", "16000.00"),
                                new BudgetRow("TRAINING", "15000.00")),
                        "Fishing cooperatives receiving weekly forecasts", "cooperatives", "60", List.of(),
                        new int[] {5, 4, 5, 4, 4}, new int[] {4, 4, 5, 4, 4}),
                new ForTheBoard(applicant, OFFERED_ORG, "80", "RW", "Early warning of pregnancy risks in rural health centres",
                        "Builds risk models from anonymised antenatal records so nurses in 30 rural health centres refer high-risk "
                                + "pregnancies early; the records stay in Rwanda.", "3.1",
                        List.of(new BudgetRow("PERSONNEL", "58000.00"), new BudgetRow("EQUIPMENT", "12000.00")),
                        "Health centres referring with the model", "health centres", "30", List.of(),
                        new int[] {4, 4, 4, 4, 4}, new int[] {4, 3, 4, 4, 4}),
                new ForTheBoard(locust, REJECTED_ORG, "22", "ML", "Locust swarm forecasts from satellite images",
                        "Detects breeding areas of desert locusts in satellite images and forecasts swarms for the plant-protection "
                                + "services of Mali.", "2.4",
                        List.of(new BudgetRow("PERSONNEL", "110000.00"), new BudgetRow("EQUIPMENT", "60000.00")),
                        "Breeding areas detected before swarming", "areas", "25", List.of(),
                        new int[] {3, 2, 3, 3, 2}, new int[] {2, 3, 3, 2, 3}),
                new ForTheBoard(solar, SENT_BACK_ORG, "22", "ZM", "Solar output forecasts for village microgrids",
                        "Forecasts solar output for 40 village microgrids a day ahead so operators can plan loads for clinics and schools.",
                        "13.1", List.of(new BudgetRow("PERSONNEL", "70000.00"), new BudgetRow("EQUIPMENT", "30000.00")),
                        "Microgrids planning with the forecast", "microgrids", "40", List.of(),
                        new int[] {4, 3, 3, 4, 3}, new int[] {3, 4, 3, 3, 4}),
                new ForTheBoard(language, HELD_ORG, "22", "TN", "Open speech models for Tunisian Arabic",
                        "Collects consented recordings of Tunisian Arabic and releases open speech recognition for public services.", "4.4",
                        List.of(new BudgetRow("PERSONNEL", "52000.00"), new BudgetRow("DATA", "18000.00")),
                        "Hours of Tunisian Arabic speech released openly", "hours", "800",
                        List.of(new SignatoryRow("Karim al-Zafrani", "Treasurer")),
                        new int[] {4, 4, 4, 4, 4}, new int[] {4, 4, 4, 3, 4}));
        for (ForTheBoard c : cases) {
            String owner = c.owner();
            if (missing(owner, c.org())) {
                List<SignatoryRow> signatories = new java.util.ArrayList<>(signatory(owner));
                signatories.addAll(c.moreSignatories());
                String goal = c.target().substring(0, c.target().indexOf('.'));
                Application app = draft(owner, call, c.org(), c.orgType(), c.country(), c.title(), c.summary(), List.of(goal),
                        List.of(c.target()), c.budget(),
                        List.of(new IndicatorRow(c.indicator(), "1", c.unit(), year(), "0", c.indicatorTarget(), c.target())),
                        signatories);
                reviewedBy(app, owner, admin, first, second, c.firstScores(), c.secondScores());
            }
        }
    }

    /** Submitted, screened, reviewed by two reviewers with these scores; then due diligence runs (the process goes on). */
    private void reviewedBy(Application app, String applicant, String admin, String first, String second, int[] firstScores,
            int[] secondScores) {
        submit(applicant, app.id());
        screen(app.id(), admin);
        List<Review> assigned = assignFirst(app.id(), admin, first, second);
        review(first, assigned.get(0), app.id(), firstScores);
        review(second, assigned.get(1), app.id(), secondScores);
    }

    /** Complete: results framework, cash, H100 GPU-hours at the Kigali node and training seats; ADMIN has not screened it. */
    private void submittedAndWaitingForScreening(String applicant, FundingCall call) {
        Application app = draft(applicant, call, SUBMITTED_ORG, "80", "KE", "Triage models for rural clinics in Swahili and English",
                "Fine-tunes open models on anonymised clinic records so community health workers can triage patients "
                        + "offline on low-cost phones; the data stays in Kenya.", List.of("3", "4"), List.of("3.8", "4.4"),
                List.of(new BudgetRow("PERSONNEL", "84000.00"), new BudgetRow("DATA", "22500.00"), new BudgetRow("TRAINING", "15000.00")),
                List.of(new IndicatorRow("Clinics where health workers triage with the model", "1", "clinics", year(), "0", "40", "3.8"),
                        new IndicatorRow("Triage decisions agreeing with a clinician", "2", "", year(), "0", "85", "3.8"),
                        new IndicatorRow("Health workers trained to use the model", "1", "people", year(), "0", "300", "4.4")));
        String kigali = nodes.findByCode("NODE-KGL").map(n -> "node:" + n.id()).orElse("region:202");
        inKind.saveCompute(applicant, app.id(), List.of(new ComputeRow("H100-80GB", "2400", kigali,
                today().plusMonths(2).withDayOfMonth(1).toString(), today().plusMonths(8).withDayOfMonth(1).toString())));
        inKind.savePeople(applicant, app.id(), new PeopleForm("12", "Fine-tuning and evaluating small language models for triage", "40",
                "Clinical safety evaluation of decision-support models"));
        submit(applicant, app.id());
    }

    /** From Chile, which the call does not cover: the Eligibility decision refuses it (COUNTRY_NOT_ELIGIBLE). */
    private void ineligible(String applicant, FundingCall call) {
        Application app = draft(applicant, call, INELIGIBLE_ORG, "80", "CL", "Glacier-melt forecasts for Andean water boards",
                "Combines satellite data and open weather models to forecast glacier melt for the water boards of three "
                        + "Andean valleys, with the boards' engineers.", List.of("13"), List.of("13.1"),
                List.of(new BudgetRow("PERSONNEL", "60000.00"), new BudgetRow("DATA", "18000.00")),
                List.of(new IndicatorRow("Water boards using the weekly forecast", "1", "water boards", year(), "0", "3", "13.1")));
        submit(applicant, app.id());
    }

    /** Screened by ADMIN; the Review process waits at "Assign reviewers". */
    private void screenedAndWaitingForReviewers(String applicant, FundingCall call, String admin) {
        Application app = draft(applicant, call, SCREENED_ORG, "80", "BD", "Flood warnings in Bangla for river communities",
                "Trains flood-forecast models on river-gauge and rainfall data and sends warnings in Bangla by voice message "
                        + "to villages on the Jamuna, two days ahead.", List.of("13", "2"), List.of("13.1", "2.4"),
                List.of(new BudgetRow("PERSONNEL", "72000.00"), new BudgetRow("EQUIPMENT", "15000.00")),
                List.of(new IndicatorRow("Villages receiving warnings two days ahead", "1", "villages", year(), "0", "120", "13.1")));
        inKind.saveCompute(applicant, app.id(), List.of(new ComputeRow("A100-80GB", "1500", "region:034",
                today().plusMonths(3).withDayOfMonth(1).toString(), today().plusMonths(9).withDayOfMonth(1).toString())));
        submit(applicant, app.id());
        screen(app.id(), admin);
    }

    /**
     * In review: the third demo reviewer declared a conflict (ADMIN's "Assign another reviewer" task is open for slot 1),
     * the demo reviewer submitted their scores in slot 2.
     */
    private void inReviewWithAConflict(String applicant, FundingCall call, String admin, String reviewer, String conflicted) {
        Application app = draft(applicant, call, CONFLICT_ORG, "22", "NP", "Hail and frost alerts for hill farmers",
                "Downscales open weather models to the terraces of four districts and sends hail and frost alerts by SMS, "
                        + "with advice on protecting the harvest, in Nepali.", List.of("2", "13"), List.of("2.4", "13.1"),
                List.of(new BudgetRow("PERSONNEL", "55000.00"), new BudgetRow("DATA", "12000.00")),
                List.of(new IndicatorRow("Farm households receiving alerts", "1", "households", year(), "0", "8000", "2.4"),
                        new IndicatorRow("Alerts confirmed by the district weather stations", "2", "", year(), "0", "80", "13.1")));
        submit(applicant, app.id());
        screen(app.id(), admin);
        List<Review> assigned = assignFirst(app.id(), admin, conflicted, reviewer);
        reviews.declare(conflicted, assigned.get(0).id(), "CONFLICT",
                "I advised this lab on its data-sharing agreement last year and am still in touch with its director.");
        runJobs(app.id());
        review(reviewer, assigned.get(1), app.id(), 4, 3, 4, 4, 3);
    }

    /** Two reviews 1.80 apart (4.80 and 3.00): the third review is assigned to the demo reviewer, who has not declared yet. */
    private void waitingForAThirdReview(String applicant, FundingCall call, String admin, String first, String second, String third) {
        Application app = draft(applicant, call, THIRD_REVIEW_ORG, "22", "GH", "Speech recognition in Twi and Ewe for farm advice",
                "Builds open speech recognition for Twi and Ewe so agricultural extension officers can answer farmers' voice "
                        + "questions on crops and weather; recordings are collected with consent in the Volta and Ashanti regions.",
                List.of("2", "4"), List.of("2.3", "4.4"),
                List.of(new BudgetRow("PERSONNEL", "90000.00"), new BudgetRow("DATA", "30000.00")),
                List.of(new IndicatorRow("Hours of transcribed Twi and Ewe speech released openly", "1", "hours", year(), "0", "1500",
                                "4.4"),
                        new IndicatorRow("Farmers' questions answered by voice", "1", "questions", year(), "0", "20000", "2.3")));
        inKind.saveCompute(applicant, app.id(), List.of(new ComputeRow("H100-80GB", "3000", "region:202",
                today().plusMonths(2).withDayOfMonth(1).toString(), today().plusMonths(6).withDayOfMonth(1).toString())));
        submit(applicant, app.id());
        screen(app.id(), admin);
        List<Review> assigned = assignFirst(app.id(), admin, first, second);
        review(first, assigned.get(0), app.id(), 5, 5, 5, 5, 4);
        review(second, assigned.get(1), app.id(), 3, 3, 3, 3, 3);
        AssignmentTask task = task(app.id(), Kind.THIRD);
        assignment.assign(task.taskId(), admin, List.of(third), today().plusDays(ReviewAssignment.DEFAULT_DAYS));
        runJobs(app.id());
    }

    /** Two reviews (4.20 and 3.80): the Review process recorded the recommendation (FUND, mean 4.00). */
    private void reviewed(String applicant, FundingCall call, String admin, String first, String second) {
        Application app = draft(applicant, call, REVIEWED_ORG, "80", "ID", "Reading tutors in Bahasa Indonesia for remote schools",
                "Adapts open language models into offline reading tutors for primary schools on Flores and Sumba, with the "
                        + "teachers who will use them.", List.of("4"), List.of("4.1", "4.6"),
                List.of(new BudgetRow("PERSONNEL", "68000.00"), new BudgetRow("TRAINING", "20000.00")),
                List.of(new IndicatorRow("Pupils reading at grade level in the schools taking part", "2", "", year(), "41", "60", "4.1"),
                        new IndicatorRow("Schools using the tutor every week", "1", "schools", year(), "0", "150", "4.1")));
        submit(applicant, app.id());
        screen(app.id(), admin);
        List<Review> assigned = assignFirst(app.id(), admin, first, second);
        review(first, assigned.get(0), app.id(), 4, 4, 5, 4, 4);
        review(second, assigned.get(1), app.id(), 4, 4, 4, 3, 4);
    }

    private Application draft(String applicant, FundingCall call, String org, String orgType, String country, String title, String summary,
            List<String> goals, List<String> targets, List<BudgetRow> budget, List<IndicatorRow> indicators) {
        return draft(applicant, call, org, orgType, country, title, summary, goals, targets, budget, indicators, signatory(applicant));
    }

    private Application draft(String applicant, FundingCall call, String org, String orgType, String country, String title, String summary,
            List<String> goals, List<String> targets, List<BudgetRow> budget, List<IndicatorRow> indicators,
            List<SignatoryRow> signatories) {
        Application app = applications.start(applicant, call.id());
        applications.saveOrganisation(applicant, app.id(), org, orgType, country, signatories);
        applications.saveProject(applicant, app.id(), title, summary, goals, targets);
        applications.saveBudget(applicant, app.id(), budget);
        results.save(applicant, app.id(), indicators);
        return app;
    }

    /** Submits the draft as it stands now, then runs the Application process up to screening (or ineligibility). */
    private void submit(String applicant, String id) {
        applications.submit(applicant, id, applications.own(applicant, id).version());
        runJobs(id);
    }

    private void screen(String id, String admin) {
        String task = screening.openTasks().stream().filter(t -> t.applicationId().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No screening task for demo application " + id)).taskId();
        screening.screened(task, admin);
        runJobs(id);
    }

    private List<Review> assignFirst(String id, String admin, String... reviewers) {
        List<Review> assigned = assignment.assign(task(id, Kind.FIRST).taskId(), admin, List.of(reviewers),
                today().plusDays(ReviewAssignment.DEFAULT_DAYS));
        runJobs(id);
        return assigned;
    }

    private AssignmentTask task(String id, Kind kind) {
        return assignment.openTasks().stream().filter(t -> t.applicationId().equals(id) && t.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + kind + " assignment task for demo application " + id));
    }

    /** The reviewer declares no conflict and submits one score per criterion, in {@link ReviewCriterion} order. */
    private void review(String reviewer, Review review, String id, int... scores) {
        reviews.declare(reviewer, review.id(), "NO_CONFLICT", "");
        Map<ReviewCriterion, String> typed = new EnumMap<>(ReviewCriterion.class);
        Map<ReviewCriterion, String> comments = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion c : ReviewCriterion.values()) {
            int score = scores[c.ordinal()];
            typed.put(c, String.valueOf(score));
            comments.put(c, comment(c, score));
        }
        reviews.submit(reviewer, review.id(), typed, comments);
        runJobs(id);
    }

    /** A reviewer's comment that fits the criterion and the score. */
    static String comment(ReviewCriterion criterion, int score) {
        String level = score >= 5 ? "high" : score >= 4 ? "good" : "fair";
        return switch (criterion) {
            case SDG_IMPACT -> switch (level) {
                case "high" -> "A large, well-evidenced contribution to the targets named; the indicators measure it directly.";
                case "good" -> "A clear contribution to the targets named; the indicators could say more about who benefits.";
                default -> "The link between the outputs and the SDG targets is plausible but not yet shown.";
            };
            case FEASIBILITY -> switch (level) {
                case "high" -> "The team has done this before; the plan, the data and the compute fit the timeline.";
                case "good" -> "A realistic plan; the data collection in the first months is the main risk.";
                default -> "The timeline is tight for the data work described; a pilot phase would help.";
            };
            case LOCAL_CAPACITY_AND_OWNERSHIP -> switch (level) {
                case "high" -> "Led and staffed locally, with the users involved from the start; skills stay in the country.";
                case "good" -> "Locally led; the training plan for the users could be more specific.";
                default -> "Much of the technical work sits with outside partners; local ownership needs a clearer plan.";
            };
            case GOVERNANCE_AND_SAFETY -> switch (level) {
                case "high" -> "Consent, data residency and evaluation before deployment are all addressed convincingly.";
                case "good" -> "Sound data protection; the plan for evaluating errors before deployment is brief.";
                default -> "The data-protection and evaluation plans need more detail before any deployment.";
            };
            case VALUE_FOR_MONEY -> switch (level) {
                case "high" -> "Lean budget; open releases make the results reusable well beyond the project.";
                case "good" -> "Reasonable costs for what is delivered; personnel is the largest line and is justified.";
                default -> "The personnel costs are high for the outputs promised.";
            };
        };
    }

    private void runJobs(String applicationId) {
        jobs.runDue(applicationId);
    }

    private boolean missing(String applicantId, String organisation) {
        return applications.mine(applicantId).stream().noneMatch(a -> organisation.equals(a.orgName()));
    }

    private Optional<String> personId(String email) {
        return personRepository.findByEmail(email).map(Person::id);
    }

    /** An applicant who owns demo applications but needs no login: a random password nobody knows (no usable password). */
    private String extraApplicant(String admin, String email, String name) {
        return personId(email).orElseGet(() -> {
            byte[] raw = new byte[32];
            RANDOM.nextBytes(raw);
            return people.createActive(admin, email, name, Base64.getUrlEncoder().withoutPadding().encodeToString(raw),
                    EnumSet.of(Role.APPLICANT)).id();
        });
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private String year() {
        return String.valueOf(today().getYear());
    }

    /** The demo applicant signs for their own organisation, as its director. */
    private List<SignatoryRow> signatory(String applicant) {
        String name = personRepository.findById(applicant).map(Person::displayName).orElseThrow();
        return List.of(new SignatoryRow(name, "Director"));
    }
}
