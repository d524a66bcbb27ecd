package org.globalaifund.engine.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.engine.db.Tables.GRANT_AWARD;
import static org.globalaifund.engine.db.Tables.OUTBOX_MESSAGE;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationEvent;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.contribution.Fund;
import org.globalaifund.engine.finance.ChartAccount;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.ledger.AccountFilter;
import org.globalaifund.ledger.Dimensions;
import org.globalaifund.ledger.LedgerLine;
import org.globalaifund.ledger.Side;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The GrantAgreement from the board's approval to commitment, lapse or declination: the grant and its agreement
 * are created once, acceptance commits the whole grant FIFO across the call's funds in the same transaction as the
 * correlation, and every refusal leaves nothing written.
 */
@FundEngineTest
class GrantFlowTest {

    @Autowired GrantFixtures fx;
    @Autowired GrantService grants;
    @Autowired GrantAgreementLifecycle lifecycle;
    @Autowired GrantBankAccounts bankAccounts;
    @Autowired FundLedger ledger;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired DSLContext dsl;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void shouldCreateTheGrantWithItsScheduleResultsAndAgreementWhenTheBoardApproved() {
        Person applicant = fx.person(Role.APPLICANT);
        Fund fund = fx.fundWith("100000.00", fx.today().minusDays(5));
        Application app = fx.approvedFor(applicant, fx.call(fund), "Çağrı Yılmaz Vakfı", "20000.00", "30000.00");

        fx.offer(app);

        Grant grant = grants.ofApplication(app.id()).orElseThrow();
        assertThat(grant.reference()).matches("GAF-" + fx.today().getYear() + "-\\d{4}");
        assertThat(grant.status()).isEqualTo(GrantStatus.OFFERED);
        assertThat(grant.total().amount()).isEqualTo("50000.00");
        assertThat(grant.acceptanceDueAt()).isEqualTo(fx.today().plusDays(31).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(grant.lastDayToAccept()).isEqualTo(fx.today().plusDays(30));
        GrantService.GrantView view = grants.view(grant);
        assertThat(view.tranches()).extracting(t -> t.number() + " " + t.amount().amount() + " " + t.status() + " " + t.plannedMonth())
                .containsExactly("1 20000.00 PLANNED 0", "2 30000.00 PLANNED 6");
        assertThat(view.indicators()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("Clinics using triage");
            assertThat(i.id()).isEqualTo(app.indicators().get(0).id());
        });
        assertThat(fx.applications.get(app.id()).status()).isEqualTo(ApplicationStatus.OFFERED);
        var instance = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.PROCESS_GRANT_AGREEMENT)
                .processInstanceBusinessKey(app.id()).singleResult();
        assertThat(runtime.getVariable(instance.getId(), ProcessNames.VAR_GRANT_ID)).isEqualTo(grant.id());
        assertThat(runtime.getVariable(instance.getId(), ProcessNames.VAR_ACCEPTANCE_DUE_AT)).isEqualTo(Date.from(grant.acceptanceDueAt()));
        assertThat(runtime.createExecutionQuery().processInstanceId(instance.getId()).activityId(ProcessNames.TASK_WAIT_FOR_ACCEPTANCE)
                .count()).isEqualTo(1);

        byte[] pdf = grants.agreementPdf(grant);
        assertThat(GrantAgreementLifecycle.sha256(pdf)).isEqualTo(grant.agreementSha256());
        assertThat(GrantFixtures.text(pdf)).contains(GrantFixtures.NAMES).contains(grant.reference(), "Çağrı Yılmaz Vakfı", "50,000.00 USD",
                "Clinics using triage", "to be entered by the Grantee");
        assertThat(ledger.balance(ChartAccount.COMMITTED, "USD", fund.code(), Dimensions.NONE.withGrant(grant.reference()))).isZero();
    }

    @Test
    void shouldCreateOneGrantAndOneEmailWhenThePrepareStepRunsAgain() {
        Person applicant = fx.person(Role.APPLICANT);
        Application app = fx.approved(applicant, fx.call(fx.fundWith("100000.00", fx.today())), "10000.00");
        fx.offer(app);
        Grant first = grants.ofApplication(app.id()).orElseThrow();

        Grant again = lifecycle.prepare(app.id());

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.reference()).isEqualTo(first.reference());
        assertThat(dsl.fetchCount(GRANT_AWARD, GRANT_AWARD.APPLICATION_ID.eq(app.id()))).isEqualTo(1);
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.DEDUP_KEY.eq("application:" + app.id() + ":offered"))).isEqualTo(1);
        assertThat(fx.applications.timeline(app.id())).extracting(ApplicationEvent::kind).containsOnlyOnce("OFFERED");
    }

    @Test
    void shouldCommitTheWholeGrantOldestMoneyFirstAcrossTheCallsTwoFunds() {
        Person applicant = fx.person(Role.APPLICANT);
        // the call lists A first, but B's money is older: FIFO takes B's 50,000 first, then 10,000 of A's
        Fund a = fx.fundWith("30000.00", fx.today().minusDays(10));
        Fund b = fx.fundWith("50000.00", fx.today().minusDays(20));
        Application app = fx.approved(applicant, fx.call(a, b), "25000.00", "35000.00");
        Grant grant = fx.offerWithBankDetails(app, applicant);

        grants.accept(applicant.id(), grant.id(), true);

        List<LedgerLine> lines = entryLines("grant:" + grant.id() + ":commitment");
        assertThat(lines).extracting(l -> l.book() + " " + l.chartCode() + " " + l.fund() + " " + l.side() + " " + l.amount())
                .containsExactlyInAnyOrder(
                        "BUD-USD 8100 " + b.code() + " DEBIT 5000000",
                        "BUD-USD 8300 " + b.code() + " CREDIT 5000000",
                        "BUD-USD 8100 " + a.code() + " DEBIT 1000000",
                        "BUD-USD 8300 " + a.code() + " CREDIT 1000000");
        Dimensions ofGrant = Dimensions.NONE.withGrant(grant.reference());
        assertThat(ledger.balance(ChartAccount.COMMITTED, "USD", b.code(), ofGrant)).isEqualTo(5_000_000);
        assertThat(ledger.balance(ChartAccount.COMMITTED, "USD", a.code(), ofGrant)).isEqualTo(1_000_000);
        assertThat(ledger.ledger().reports().lines(AccountFilter.book("BUD-USD").chartCode("8300").grant(grant.reference()), null, null))
                .extracting(LedgerLine::side, LedgerLine::amount).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Side.CREDIT, 5_000_000L), org.assertj.core.groups.Tuple.tuple(Side.CREDIT, 1_000_000L));
        assertThat(ledger.balance(ChartAccount.AVAILABLE_FOR_COMMITMENT, "USD", b.code(), Dimensions.NONE)).isZero();
        assertThat(ledger.balance(ChartAccount.AVAILABLE_FOR_COMMITMENT, "USD", a.code(), Dimensions.NONE)).isEqualTo(2_000_000);
        assertThat(grants.get(grant.id()).status()).isEqualTo(GrantStatus.COMMITTED);
        assertThat(fx.applications.get(app.id()).status()).isEqualTo(ApplicationStatus.COMMITTED);

        fx.jobs.runDue(app.id());

        assertThat(grants.view(grant).tranches()).extracting(t -> t.number() + " " + t.status() + " " + t.plannedOn())
                .containsExactly("1 DUE " + fx.today(), "2 PLANNED " + fx.today().plusMonths(6));
        assertThat(fx.applications.timeline(app.id())).extracting(ApplicationEvent::kind).containsSubsequence("OFFERED", "ACCEPTED", "TRANCHE_DUE");
        assertThat(outcome(app)).isEqualTo(ProcessNames.AGREEMENT_OUTCOME_COMMITTED);
    }

    @Test
    void fifoTakesLotsByValueDateThenTheCallsFundOrder() {
        LocalDateLots lots = new LocalDateLots();
        List<GrantCommitment.Share> shares = GrantCommitment.fifo(List.of(
                lots.lot("A", 0, 5, 300), lots.lot("B", 1, 3, 200), lots.lot("A", 0, 3, 100), lots.lot("B", 1, 9, 1000)), 550);

        assertThat(shares).containsExactly(new GrantCommitment.Share("A", 350), new GrantCommitment.Share("B", 200));
    }

    @Test
    void shouldRefuseAcceptanceNamingTheMissingAmountAndWriteNothingWhenTheFundsFallShort() {
        Person applicant = fx.person(Role.APPLICANT);
        Fund a = fx.fundWith("30000.00", fx.today().minusDays(3));
        Fund b = fx.fundWith("50000.00", fx.today().minusDays(2));
        Application app = fx.approved(applicant, fx.call(a, b), "60000.00", "40000.00");
        Grant grant = fx.offerWithBankDetails(app, applicant);
        LocaleContextHolder.setLocale(Locale.UK);

        assertThatThrownBy(() -> grants.accept(applicant.id(), grant.id(), true)).isInstanceOf(FundException.class)
                .hasMessageContaining("lack 20,000.00 USD of the 100,000.00 USD needed");

        assertThat(entryLines("grant:" + grant.id() + ":commitment")).isEmpty();
        assertThat(ledger.balance(ChartAccount.AVAILABLE_FOR_COMMITMENT, "USD", a.code(), Dimensions.NONE)).isEqualTo(3_000_000);
        assertThat(ledger.balance(ChartAccount.AVAILABLE_FOR_COMMITMENT, "USD", b.code(), Dimensions.NONE)).isEqualTo(5_000_000);
        assertThat(grants.get(grant.id()).status()).isEqualTo(GrantStatus.OFFERED);
        assertThat(fx.applications.get(app.id()).status()).isEqualTo(ApplicationStatus.OFFERED);
        assertThat(waitingForAcceptance(app)).isTrue();
    }

    @Test
    void shouldLapseAtTheDeadlineCommittingNothingAndThenRefuseAcceptance() {
        Person applicant = fx.person(Role.APPLICANT);
        Fund fund = fx.fundWith("100000.00", fx.today());
        Application app = fx.approved(applicant, fx.call(fund), "10000.00");
        Grant grant = fx.offerWithBankDetails(app, applicant);

        ClockUtil.setCurrentTime(Date.from(grant.acceptanceDueAt().plus(Duration.ofMinutes(1))));
        fx.jobs.runDue(app.id());

        assertThat(grants.get(grant.id()).status()).isEqualTo(GrantStatus.LAPSED);
        assertThat(fx.applications.get(app.id()).status()).isEqualTo(ApplicationStatus.LAPSED);
        assertThat(fx.applications.timeline(app.id())).extracting(ApplicationEvent::kind).contains("OFFER_LAPSED");
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.DEDUP_KEY.eq("application:" + app.id() + ":offer-lapsed"))).isEqualTo(1);
        assertThat(outcome(app)).isEqualTo(ProcessNames.AGREEMENT_OUTCOME_LAPSED);

        assertThatThrownBy(() -> grants.accept(applicant.id(), grant.id(), true)).isInstanceOf(FundException.class)
                .extracting(e -> ((FundException) e).type()).isEqualTo(ProblemType.STATE_CONFLICT);
        assertThat(entryLines("grant:" + grant.id() + ":commitment")).isEmpty();
        assertThat(ledger.balance(ChartAccount.AVAILABLE_FOR_COMMITMENT, "USD", fund.code(), Dimensions.NONE)).isEqualTo(10_000_000);
    }

    @Test
    void shouldRefuseAcceptanceAfterTheDeadlineEvenBeforeTheTimerRan() {
        Person applicant = fx.person(Role.APPLICANT);
        Application app = fx.approved(applicant, fx.call(fx.fundWith("100000.00", fx.today())), "10000.00");
        Grant grant = fx.offerWithBankDetails(app, applicant);
        ClockUtil.setCurrentTime(Date.from(grant.acceptanceDueAt()));
        LocaleContextHolder.setLocale(Locale.UK);

        assertThatThrownBy(() -> grants.accept(applicant.id(), grant.id(), true)).hasMessageContaining("deadline");

        assertThat(entryLines("grant:" + grant.id() + ":commitment")).isEmpty();
        assertThat(waitingForAcceptance(app)).isTrue();
    }

    @Test
    void shouldRollTheCommitmentBackWhenTheProcessNoLongerWaitsForTheAcceptance() {
        Person applicant = fx.person(Role.APPLICANT);
        Fund fund = fx.fundWith("100000.00", fx.today());
        Application app = fx.approved(applicant, fx.call(fund), "10000.00");
        Grant grant = fx.offerWithBankDetails(app, applicant);
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(app.id()).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "the process moved on"));
        LocaleContextHolder.setLocale(Locale.UK);

        assertThatThrownBy(() -> grants.accept(applicant.id(), grant.id(), true)).hasMessageContaining("no longer waiting");

        assertThat(entryLines("grant:" + grant.id() + ":commitment")).isEmpty();
        assertThat(ledger.balance(ChartAccount.AVAILABLE_FOR_COMMITMENT, "USD", fund.code(), Dimensions.NONE)).isEqualTo(10_000_000);
        assertThat(grants.get(grant.id()).status()).isEqualTo(GrantStatus.OFFERED);
        assertThat(fx.applications.get(app.id()).status()).isEqualTo(ApplicationStatus.OFFERED);
    }

    @Test
    void shouldRecordTheDeclinationWithItsReasonCommittingNothing() {
        Person applicant = fx.person(Role.APPLICANT);
        Fund fund = fx.fundWith("100000.00", fx.today());
        Application app = fx.approved(applicant, fx.call(fund), "10000.00");
        Grant grant = fx.offerWithBankDetails(app, applicant);

        grants.decline(applicant.id(), grant.id(), "We found other funding.");
        assertThatThrownBy(() -> grants.accept(applicant.id(), grant.id(), true)).isInstanceOf(FundException.class);
        fx.jobs.runDue(app.id());

        Grant declined = grants.get(grant.id());
        assertThat(declined.status()).isEqualTo(GrantStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("We found other funding.");
        assertThat(fx.applications.get(app.id()).status()).isEqualTo(ApplicationStatus.DECLINED);
        assertThat(fx.applications.timeline(app.id())).extracting(ApplicationEvent::kind).containsOnlyOnce("DECLINED");
        assertThat(outcome(app)).isEqualTo(ProcessNames.AGREEMENT_OUTCOME_DECLINED);
        assertThat(entryLines("grant:" + grant.id() + ":commitment")).isEmpty();
        assertThat(ledger.balance(ChartAccount.AVAILABLE_FOR_COMMITMENT, "USD", fund.code(), Dimensions.NONE)).isEqualTo(10_000_000);
    }

    @Test
    void shouldRefuseAcceptanceWithoutBankDetailsOrWithoutTheBoxTicked() {
        Person applicant = fx.person(Role.APPLICANT);
        Application app = fx.approved(applicant, fx.call(fx.fundWith("100000.00", fx.today())), "10000.00");
        fx.offer(app);
        Grant grant = grants.ofApplication(app.id()).orElseThrow();

        assertThatThrownBy(() -> grants.accept(applicant.id(), grant.id(), true)).isInstanceOf(FundException.class)
                .satisfies(e -> assertThat(((FundException) e).fieldErrors()).containsKey("bank"));
        grants.enterBankDetails(applicant.id(), grant.id(), GrantFixtures.bank("Lusaka Data Lab"));
        assertThatThrownBy(() -> grants.accept(applicant.id(), grant.id(), false)).isInstanceOf(FundException.class)
                .satisfies(e -> assertThat(((FundException) e).fieldErrors()).containsKey("onBehalf"));

        assertThat(entryLines("grant:" + grant.id() + ":commitment")).isEmpty();
        assertThat(grants.get(grant.id()).status()).isEqualTo(GrantStatus.OFFERED);
    }

    @Test
    void anotherApplicantsGrantIsNotFound() {
        Person applicant = fx.person(Role.APPLICANT);
        Person someone = fx.person(Role.APPLICANT);
        Application app = fx.approved(applicant, fx.call(fx.fundWith("100000.00", fx.today())), "10000.00");
        fx.offer(app);
        Grant grant = grants.ofApplication(app.id()).orElseThrow();

        for (Runnable step : List.<Runnable>of(() -> grants.own(someone.id(), grant.id()),
                () -> grants.enterBankDetails(someone.id(), grant.id(), GrantFixtures.bank("Someone")),
                () -> grants.accept(someone.id(), grant.id(), true), () -> grants.decline(someone.id(), grant.id(), ""))) {
            assertThatThrownBy(step::run).isInstanceOf(FundException.class)
                    .extracting(e -> ((FundException) e).type()).isEqualTo(ProblemType.NOT_FOUND);
        }
        assertThat(bankAccounts.versions(grant.id())).isEmpty();
    }

    private List<LedgerLine> entryLines(String entryId) {
        return ledger.ledger().reports().lines(AccountFilter.book("BUD-USD"), null, null).stream()
                .filter(l -> l.entryId().equals(entryId)).toList();
    }

    private boolean waitingForAcceptance(Application app) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(app.id()).activityId(ProcessNames.TASK_WAIT_FOR_ACCEPTANCE).count() == 1;
    }

    private Object outcome(Application app) {
        return history.createHistoricVariableInstanceQuery().processInstanceIdIn(history.createHistoricProcessInstanceQuery()
                        .processDefinitionKey(ProcessNames.PROCESS_GRANT_AGREEMENT).processInstanceBusinessKey(app.id()).singleResult().getId())
                .variableName(ProcessNames.VAR_AGREEMENT_OUTCOME).singleResult().getValue();
    }

    /** Lots on days counted from a fixed date, for the FIFO rule alone. */
    private static final class LocalDateLots {
        GrantCommitment.Lot lot(String fund, int order, int day, long amount) {
            return new GrantCommitment.Lot(fund, order, java.time.LocalDate.of(2026, 1, 1).plusDays(day), amount);
        }
    }
}
