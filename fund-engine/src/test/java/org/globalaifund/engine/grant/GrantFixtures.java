package org.globalaifund.engine.grant;

import static org.globalaifund.engine.db.Tables.BOARD_APPROVAL;
import static org.globalaifund.engine.db.Tables.BOARD_APPROVAL_TRANCHE;
import static org.globalaifund.engine.db.Tables.BOARD_ITEM;
import static org.globalaifund.engine.db.Tables.BOARD_MEETING;
import static org.globalaifund.engine.db.Tables.BOARD_MOTION;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationResults;
import org.globalaifund.engine.application.ApplicationRules.BudgetRow;
import org.globalaifund.engine.application.ApplicationRules;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.application.ResultsRules;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.CallTerms;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.call.PriorityArea;
import org.globalaifund.engine.camunda.DueJobs;
import org.globalaifund.engine.contribution.Donor;
import org.globalaifund.engine.contribution.DonorService;
import org.globalaifund.engine.contribution.Fund;
import org.globalaifund.engine.contribution.FundService;
import org.globalaifund.engine.contribution.PledgeService.NewPledge;
import org.globalaifund.engine.contribution.PledgeService;
import org.globalaifund.engine.contribution.RestrictedPurpose;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Grants ready to be offered: funds with money available for commitment (each test its own donors and restricted
 * funds, so tests sharing a database do not meet), a call drawing on them, and an application brought to APPROVED
 * with the board's approved terms written as the board would, then its GrantAgreement started directly.
 */
@Component
class GrantFixtures {

    static final String PASSWORD = "a-long-password-1";
    /** Three signatories (the most an application names) and, for the fourth, an organisation named after its founder. */
    static final List<String> NAMES = List.of("Nguyễn Thị Minh", "Øyvind Ødegård", "Çağrı Yılmaz", "Анна Петрова");

    final CallService calls;
    final PeopleService people;
    final ApplicationService applications;
    final ApplicationResults results;
    final DonorService donors;
    final FundService funds;
    final PledgeService pledges;
    final RuntimeService runtime;
    final DSLContext dsl;
    final DueJobs jobs;
    final Clock clock;
    final GrantService grants;

    GrantFixtures(CallService calls, PeopleService people, ApplicationService applications, ApplicationResults results,
            DonorService donors, FundService funds, PledgeService pledges, RuntimeService runtime,
            DSLContext dsl, DueJobs jobs, Clock clock, GrantService grants) {
        this.grants = grants;
        this.calls = calls;
        this.people = people;
        this.applications = applications;
        this.results = results;
        this.donors = donors;
        this.funds = funds;
        this.pledges = pledges;
        this.runtime = runtime;
        this.dsl = dsl;
        this.jobs = jobs;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    Person person(Role... roles) {
        String email = roles[0].name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@grants.test";
        return people.createActive(null, email, "Tester " + email.substring(0, email.indexOf('@')), PASSWORD,
                EnumSet.copyOf(List.of(roles)));
    }

    /** A donor's fund restricted to SDG 3 with {@code amount} USD pledged (and so available) on {@code day}. */
    Fund fundWith(String amount, LocalDate day) {
        String ref = "G-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Donor donor = donors.register(null, new DonorService.NewDonor(ref, "Donor " + ref, Donor.DonorKind.ORGANISATION, "10", "NO", null, null));
        Fund fund = funds.restricted(null, donor.id(), RestrictedPurpose.SDG_GOAL, "3");
        pledges.record(null, UUID.randomUUID().toString(), new NewPledge(donor.id(), fund.code(), "USD", amount, day, null, false, null, null));
        return fund;
    }

    /** A USD call open today drawing on the funds, in this order. */
    FundingCall call(Fund... drawOn) {
        String ref = "G-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return calls.publish(null, new CallTerms(ref, "Call " + ref, "Health data for SDG teams.", "USD", "1000000.00", today(),
                today().plusDays(30), EnumSet.of(PriorityArea.SHARED_COMPUTE), List.of(3, 13), Set.of("KE", "SN"),
                java.util.Arrays.stream(drawOn).map(Fund::code).toList(), new CallTerms.Limits("90000.00", 1000, 5, 40), null));
    }

    /**
     * An application of {@code applicant} on {@code call} that the board approved for {@code tranches} (USD amounts;
     * tranche 1 on acceptance, the next ones 6 months apart), with three signatories; its GrantLifecycle is ended
     * so only the GrantAgreement, started here, runs. The agreement step has not run yet.
     */
    Application approved(Person applicant, FundingCall call, String... tranches) {
        return approvedFor(applicant, call, "Lusaka Data Lab", tranches);
    }

    Application approvedFor(Person applicant, FundingCall call, String organisation, String... tranches) {
        Application app = applications.start(applicant.id(), call.id());
        applications.saveOrganisation(applicant.id(), app.id(), organisation, "80", "KE", List.of(
                new ApplicationRules.SignatoryRow(NAMES.get(0), "Director"),
                new ApplicationRules.SignatoryRow(NAMES.get(1), "Chief financial officer"),
                new ApplicationRules.SignatoryRow(NAMES.get(3), "Treasurer")));
        applications.saveProject(applicant.id(), app.id(), "Triage models", "Models for rural clinics.", List.of("3"), List.of("3.8"));
        applications.saveBudget(applicant.id(), app.id(), List.of(new BudgetRow("PERSONNEL", "12000.00")));
        Application complete = results.save(applicant.id(), app.id(), List.of(new ResultsRules.IndicatorRow("Clinics using triage", "1",
                "clinics", String.valueOf(today().getYear()), "0", "40", "3.8")));
        applications.submit(applicant.id(), app.id(), complete.version());
        runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.PROCESS_GRANT_LIFECYCLE).processInstanceBusinessKey(app.id())
                .list().forEach(p -> runtime.deleteProcessInstance(p.getId(), "grant test: the board is not part of it"));
        applications.transition(app.id(), ApplicationStatus.APPROVED, "BOARD_APPROVED", null, ApplicationStatus.SUBMITTED);
        long total = 0;
        for (String t : tranches) {
            total += org.globalaifund.engine.money.Money.of(t, "USD").minor();
        }
        String motion = motionFor(app, applicant, total);
        dsl.insertInto(BOARD_APPROVAL).set(BOARD_APPROVAL.APPLICATION_ID, app.id()).set(BOARD_APPROVAL.MOTION_ID, motion)
                .set(BOARD_APPROVAL.CURRENCY, "USD").set(BOARD_APPROVAL.TOTAL_MINOR, total)
                .set(BOARD_APPROVAL.CONDITIONS, "The ethics board’s approval is filed before the first recording.")
                .set(BOARD_APPROVAL.APPROVED_AT, clock.instant()).execute();
        for (int i = 0; i < tranches.length; i++) {
            dsl.insertInto(BOARD_APPROVAL_TRANCHE).set(BOARD_APPROVAL_TRANCHE.APPLICATION_ID, app.id())
                    .set(BOARD_APPROVAL_TRANCHE.TRANCHE_NO, i + 1)
                    .set(BOARD_APPROVAL_TRANCHE.AMOUNT_MINOR, org.globalaifund.engine.money.Money.of(tranches[i], "USD").minor())
                    .set(BOARD_APPROVAL_TRANCHE.CONDITION, i == 0 ? "Signed agreement" : "Progress report " + i + " verified")
                    .set(BOARD_APPROVAL_TRANCHE.PLANNED_MONTH, i * 6).execute();
        }
        return applications.get(app.id());
    }

    /**
     * The motion an approval names (its foreign key): a meeting, the application's item and an open motion, written
     * directly, since the vote itself is the board's business (tested in {@code board}).
     */
    private String motionFor(Application app, Person someone, long total) {
        String meeting = UUID.randomUUID().toString();
        String item = UUID.randomUUID().toString();
        String motion = UUID.randomUUID().toString();
        dsl.insertInto(BOARD_MEETING).set(BOARD_MEETING.ID, meeting).set(BOARD_MEETING.REFERENCE, "GT-" + meeting.substring(0, 8))
                .set(BOARD_MEETING.STARTS_AT, clock.instant()).set(BOARD_MEETING.PLACE, "Grant tests")
                .set(BOARD_MEETING.CREATED_BY, someone.id()).set(BOARD_MEETING.CREATED_AT, clock.instant()).execute();
        dsl.insertInto(BOARD_ITEM).set(BOARD_ITEM.ID, item).set(BOARD_ITEM.MEETING_ID, meeting).set(BOARD_ITEM.APPLICATION_ID, app.id())
                .set(BOARD_ITEM.OPEN_APPLICATION_ID, app.id()).set(BOARD_ITEM.STATUS, "OPEN").set(BOARD_ITEM.CURRENCY, "USD")
                .set(BOARD_ITEM.TOTAL_MINOR, total).set(BOARD_ITEM.ADDED_BY, someone.id()).set(BOARD_ITEM.ADDED_AT, clock.instant()).execute();
        dsl.insertInto(BOARD_MOTION).set(BOARD_MOTION.ID, motion).set(BOARD_MOTION.ITEM_ID, item).set(BOARD_MOTION.OPEN_ITEM_ID, item)
                .set(BOARD_MOTION.MOTION_NO, 1).set(BOARD_MOTION.KIND, "APPROVE_AS_DRAFTED").set(BOARD_MOTION.OPENED_BY, someone.id())
                .set(BOARD_MOTION.OPENED_AT, clock.instant()).set(BOARD_MOTION.STATUS, "OPEN").execute();
        return motion;
    }

    /** Starts the GrantAgreement as GrantLifecycle would after the board's approval, and runs its first step. */
    void offer(Application app) {
        runtime.startProcessInstanceByKey(ProcessNames.PROCESS_GRANT_AGREEMENT, app.id(), Map.of(ProcessNames.VAR_APPLICATION_ID, app.id()));
        jobs.runDue(app.id());
    }

    /** The offer made (agreement step run) and the applicant's bank details entered: the grant waits for acceptance. */
    Grant offerWithBankDetails(Application app, Person applicant) {
        offer(app);
        Grant grant = grants.ofApplication(app.id()).orElseThrow();
        grants.enterBankDetails(applicant.id(), grant.id(), bank("Lusaka Data Lab"));
        return grant;
    }

    /** A valid German IBAN and BIC (the standard example), with the other fields. */
    static BankDetails bank(String holder) {
        return new BankDetails(holder, "Commerzbank", "DE", "DE89 3704 0044 0532 0130 00", "", "COBADEFFXXX");
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
