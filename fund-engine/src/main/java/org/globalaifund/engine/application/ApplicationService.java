package org.globalaifund.engine.application;

import static org.globalaifund.engine.db.Tables.APPLICATION;
import static org.globalaifund.engine.db.Tables.APPLICATION_BUDGET_LINE;
import static org.globalaifund.engine.db.Tables.APPLICATION_EVENT;
import static org.globalaifund.engine.db.Tables.APPLICATION_SDG_GOAL;
import static org.globalaifund.engine.db.Tables.APPLICATION_SDG_TARGET;
import static org.globalaifund.engine.db.Tables.PERSON;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.globalaifund.engine.application.Application.Step;
import org.globalaifund.engine.application.ApplicationRules.BudgetRow;
import org.globalaifund.engine.application.ApplicationRules.SignatoryRow;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.db.tables.records.ApplicationRecord;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.problem.FundException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications as their applicants draft, submit and withdraw them. An applicant reaches only their own
 * applications (anyone else's is "not found"); each step is checked before anything is written; submission and
 * withdrawal are status transitions that count the rows they changed, so a second tab changes nothing.
 */
@Service
@Transactional
public class ApplicationService {

    private final DSLContext dsl;
    private final CallService calls;
    private final ApplicationRules rules;
    private final ApplicationProcess process;
    private final InKindRequests inKind;
    private final Clock clock;

    public ApplicationService(DSLContext dsl, CallService calls, ApplicationRules rules, ApplicationProcess process, InKindRequests inKind,
            Clock clock) {
        this.dsl = dsl;
        this.inKind = inKind;
        this.calls = calls;
        this.rules = rules;
        this.process = process;
        this.clock = clock;
    }

    /** A new draft on a call open today, owned by the applicant who starts it, with its GrantLifecycle (or neither). */
    public Application start(String applicantId, String callId) {
        FundingCall call = calls.getPublic(callId);
        if (!call.isOpenOn(today())) {
            throw FundException.conflict(rules.text("application.error.callClosed"));
        }
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        dsl.insertInto(APPLICATION).set(APPLICATION.ID, id).set(APPLICATION.CALL_ID, callId)
                .set(APPLICATION.APPLICANT_ID, applicantId).set(APPLICATION.STATUS, ApplicationStatus.DRAFT.name())
                .set(APPLICATION.VERSION, 0).set(APPLICATION.CREATED_AT, now).set(APPLICATION.UPDATED_AT, now).execute();
        event(id, "STARTED", applicantId);
        process.started(id, call.closesOn());
        return load(APPLICATION.ID.eq(id));
    }

    @Transactional(readOnly = true)
    public Application own(String applicantId, String id) {
        return load(APPLICATION.ID.eq(id).and(APPLICATION.APPLICANT_ID.eq(applicantId)));
    }

    /** Any application, for ADMIN's read-only pages. */
    @Transactional(readOnly = true)
    public Application get(String id) {
        return load(APPLICATION.ID.eq(id));
    }

    @Transactional(readOnly = true)
    public List<Application> mine(String applicantId) {
        return list(APPLICATION.APPLICANT_ID.eq(applicantId));
    }

    @Transactional(readOnly = true)
    public List<Application> all() {
        return list(org.jooq.impl.DSL.trueCondition());
    }

    /** The organisation and the one to three people who sign for it (rows left empty are ignored). */
    public Application saveOrganisation(String applicantId, String id, String name, String type, String country,
            List<SignatoryRow> signatories) {
        Application draft = ownDraft(applicantId, id);
        List<SignatoryRow> named = rules.organisation(name, type, country, signatories);
        dsl.update(APPLICATION).set(APPLICATION.ORG_NAME, name.strip()).set(APPLICATION.ORG_TYPE, type)
                .set(APPLICATION.ORG_COUNTRY, country).where(APPLICATION.ID.eq(draft.id())).execute();
        ApplicationSignatories.replace(dsl, id, named);
        return changed(draft);
    }

    public Application saveProject(String applicantId, String id, String title, String summary, List<String> goals, List<String> targets) {
        Application draft = ownDraft(applicantId, id);
        List<Integer> chosen = rules.project(title, summary, goals, targets);
        dsl.update(APPLICATION).set(APPLICATION.PROJECT_TITLE, title.strip()).set(APPLICATION.PROJECT_SUMMARY, summary.strip())
                .where(APPLICATION.ID.eq(draft.id())).execute();
        dsl.deleteFrom(APPLICATION_SDG_GOAL).where(APPLICATION_SDG_GOAL.APPLICATION_ID.eq(id)).execute();
        dsl.deleteFrom(APPLICATION_SDG_TARGET).where(APPLICATION_SDG_TARGET.APPLICATION_ID.eq(id)).execute();
        chosen.forEach(g -> dsl.insertInto(APPLICATION_SDG_GOAL).set(APPLICATION_SDG_GOAL.APPLICATION_ID, id)
                .set(APPLICATION_SDG_GOAL.GOAL, g).execute());
        targets.stream().distinct().forEach(t -> dsl.insertInto(APPLICATION_SDG_TARGET).set(APPLICATION_SDG_TARGET.APPLICATION_ID, id)
                .set(APPLICATION_SDG_TARGET.TARGET, t).execute());
        return changed(draft);
    }

    public Application saveBudget(String applicantId, String id, List<BudgetRow> rows) {
        Application draft = ownDraft(applicantId, id);
        List<BudgetLine> lines = rules.budget(rows, calls.get(draft.callId()));
        dsl.deleteFrom(APPLICATION_BUDGET_LINE).where(APPLICATION_BUDGET_LINE.APPLICATION_ID.eq(id)).execute();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine line = lines.get(i);
            dsl.insertInto(APPLICATION_BUDGET_LINE).set(APPLICATION_BUDGET_LINE.APPLICATION_ID, id)
                    .set(APPLICATION_BUDGET_LINE.LINE_NO, i + 1).set(APPLICATION_BUDGET_LINE.CATEGORY, line.category().name())
                    .set(APPLICATION_BUDGET_LINE.AMOUNT_MINOR, line.amount().minor())
                    .set(APPLICATION_BUDGET_LINE.CURRENCY, line.amount().currency().getCurrencyCode()).execute();
        }
        return changed(draft);
    }

    /**
     * Submits the draft as the applicant last saw it ({@code version}): every required part present, the call open
     * today. A second submission, or one from a tab showing an older version, is refused and changes nothing.
     */
    public Application submit(String applicantId, String id, int version) {
        Application app = own(applicantId, id);
        FundingCall call = calls.get(app.callId());
        if (!app.isDraft()) {
            throw FundException.conflict(rules.text("application.error.notDraft"));
        }
        List<Step> missing = app.missingSteps(inKind.of(id).any());
        if (!missing.isEmpty()) {
            throw FundException.conflict(rules.text("application.error.missing",
                    missing.stream().map(s -> rules.text("application.step." + s.name())).collect(Collectors.joining(", "))));
        }
        if (!call.isOpenOn(today())) {
            throw FundException.conflict(rules.text("application.error.callClosed"));
        }
        int rows = dsl.update(APPLICATION).set(APPLICATION.STATUS, ApplicationStatus.SUBMITTED.name())
                .set(APPLICATION.VERSION, version + 1).set(APPLICATION.SUBMITTED_AT, clock.instant())
                .set(APPLICATION.UPDATED_AT, clock.instant())
                .where(APPLICATION.ID.eq(id), APPLICATION.STATUS.eq(ApplicationStatus.DRAFT.name()), APPLICATION.VERSION.eq(version))
                .execute();
        if (rows != 1) {
            throw FundException.conflict(rules.text("application.error.stale"));
        }
        event(id, "SUBMITTED", applicantId);
        process.submitted(id, call.closesOn());
        return get(id);
    }

    /** Withdraws an application not yet decided or lapsed; once withdrawn, nothing changes it again. */
    public Application withdraw(String applicantId, String id) {
        own(applicantId, id);
        ApplicationStatus[] from = Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::withdrawable)
                .toArray(ApplicationStatus[]::new);
        if (!transition(id, ApplicationStatus.WITHDRAWN, "WITHDRAWN", applicantId, from)) {
            throw FundException.conflict(rules.text("application.error.notWithdrawable"));
        }
        process.withdrawn(id);
        return get(id);
    }

    /**
     * The applicant's answer to the fund's question, before its deadline; the application goes back to screening, or
     * to review when the question was asked during review.
     */
    public Application provideInformation(String applicantId, String id, String answer) {
        own(applicantId, id);
        if (answer == null || answer.isBlank() || answer.strip().length() > 4000) {
            throw FundException.invalid("answer", rules.text("application.error.answer"));
        }
        int rows = dsl.update(APPLICATION).set(APPLICATION.INFORMATION_ANSWER, answer.strip())
                .where(APPLICATION.ID.eq(id), APPLICATION.STATUS.eq(ApplicationStatus.MORE_INFORMATION.name()),
                        APPLICATION.INFORMATION_DUE_AT.gt(clock.instant()))
                .execute();
        boolean inReview = "REVIEW".equals(dsl.select(APPLICATION.INFORMATION_STAGE).from(APPLICATION).where(APPLICATION.ID.eq(id))
                .fetchOne(APPLICATION.INFORMATION_STAGE));
        if (rows != 1 || !transition(id, inReview ? ApplicationStatus.IN_REVIEW : ApplicationStatus.SCREENING, "INFORMATION_PROVIDED",
                applicantId, ApplicationStatus.MORE_INFORMATION)) {
            throw FundException.conflict(rules.text("application.error.noQuestion"));
        }
        process.informationProvided(id, inReview);
        return get(id);
    }

    /**
     * Moves the application to {@code to} when it is in one of {@code from}, with one timeline entry; false (and
     * nothing changed) otherwise, so a step that runs twice changes it once.
     */
    public boolean transition(String id, ApplicationStatus to, String eventKind, String actorId, ApplicationStatus... from) {
        var update = dsl.update(APPLICATION).set(APPLICATION.STATUS, to.name()).set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1))
                .set(APPLICATION.UPDATED_AT, clock.instant());
        if (to == ApplicationStatus.WITHDRAWN) {
            update = update.set(APPLICATION.WITHDRAWN_AT, clock.instant());
        }
        int rows = update.where(APPLICATION.ID.eq(id), APPLICATION.STATUS.in(Arrays.stream(from).map(Enum::name).toList())).execute();
        if (rows == 1) {
            event(id, eventKind, actorId);
        }
        return rows == 1;
    }

    /** What happened to the application, oldest first, with the name of whoever acted. */
    @Transactional(readOnly = true)
    public List<ApplicationEvent> timeline(String id) {
        return dsl.select(APPLICATION_EVENT.OCCURRED_AT, APPLICATION_EVENT.KIND, PERSON.DISPLAY_NAME)
                .from(APPLICATION_EVENT).leftJoin(PERSON).on(PERSON.ID.eq(APPLICATION_EVENT.ACTOR_ID))
                .where(APPLICATION_EVENT.APPLICATION_ID.eq(id)).orderBy(APPLICATION_EVENT.OCCURRED_AT, APPLICATION_EVENT.KIND.desc())
                .fetch(r -> new ApplicationEvent(r.value1(), r.value2(), r.value3()));
    }

    private Application ownDraft(String applicantId, String id) {
        Application app = own(applicantId, id);
        if (!app.isDraft()) {
            throw FundException.conflict(rules.text("application.error.notDraft"));
        }
        return app;
    }

    private Application changed(Application draft) {
        dsl.update(APPLICATION).set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1)).set(APPLICATION.UPDATED_AT, clock.instant())
                .where(APPLICATION.ID.eq(draft.id())).execute();
        return get(draft.id());
    }

    /** Adds a timeline entry without changing the status (a step that keeps the application where it is). */
    public void event(String id, String kind, String actorId) {
        dsl.insertInto(APPLICATION_EVENT).set(APPLICATION_EVENT.ID, UUID.randomUUID().toString())
                .set(APPLICATION_EVENT.APPLICATION_ID, id).set(APPLICATION_EVENT.OCCURRED_AT, clock.instant())
                .set(APPLICATION_EVENT.KIND, kind).set(APPLICATION_EVENT.ACTOR_ID, actorId).execute();
    }

    private Application load(Condition condition) {
        ApplicationRecord r = dsl.selectFrom(APPLICATION).where(condition).fetchOne();
        if (r == null) {
            throw FundException.notFound("Application");
        }
        return toApplication(r);
    }

    private List<Application> list(Condition condition) {
        return dsl.selectFrom(APPLICATION).where(condition).orderBy(APPLICATION.CREATED_AT.desc()).fetch(this::toApplication);
    }

    private Application toApplication(ApplicationRecord r) {
        List<Integer> goals = dsl.select(APPLICATION_SDG_GOAL.GOAL).from(APPLICATION_SDG_GOAL)
                .where(APPLICATION_SDG_GOAL.APPLICATION_ID.eq(r.getId())).orderBy(APPLICATION_SDG_GOAL.GOAL).fetch(APPLICATION_SDG_GOAL.GOAL);
        List<String> targets = dsl.select(APPLICATION_SDG_TARGET.TARGET).from(APPLICATION_SDG_TARGET)
                .where(APPLICATION_SDG_TARGET.APPLICATION_ID.eq(r.getId())).fetch(APPLICATION_SDG_TARGET.TARGET).stream()
                .sorted(ApplicationService::byTargetCode).toList();
        List<BudgetLine> budget = dsl.selectFrom(APPLICATION_BUDGET_LINE).where(APPLICATION_BUDGET_LINE.APPLICATION_ID.eq(r.getId()))
                .orderBy(APPLICATION_BUDGET_LINE.LINE_NO)
                .fetch(l -> new BudgetLine(BudgetCategory.valueOf(l.getCategory()), new Money(l.getAmountMinor(), Money.currency(l.getCurrency()))));
        return new Application(r.getId(), r.getCallId(), r.getApplicantId(), ApplicationStatus.valueOf(r.getStatus()), r.getVersion(),
                r.getOrgName(), r.getOrgType(), r.getOrgCountry(), ApplicationSignatories.load(dsl, r.getId()), r.getProjectTitle(), r.getProjectSummary(), goals, targets, budget,
                ApplicationResults.load(dsl, r.getId()), r.getCreatedAt(), r.getSubmittedAt());
    }

    /** "3.8" before "3.10" before "3.a": goal, then number, then letter. */
    private static int byTargetCode(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int goal = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        if (goal != 0) {
            return goal;
        }
        boolean xn = x[1].matches("\\d+");
        boolean yn = y[1].matches("\\d+");
        return xn && yn ? Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1])) : xn ? -1 : yn ? 1 : x[1].compareTo(y[1]);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
