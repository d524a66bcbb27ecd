package org.globalaifund.engine.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.engine.db.Tables.FUNDING_CALL;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.call.FundingCall.Status;
import org.globalaifund.engine.contribution.Donor;
import org.globalaifund.engine.contribution.DonorService;
import org.globalaifund.engine.contribution.Fund;
import org.globalaifund.engine.contribution.FundService;
import org.globalaifund.engine.contribution.RestrictedPurpose;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules of a call, each refused next to its field with nothing written; weights; the call's life from draft to closure. */
@FundEngineTest
class CallServiceTest {

    @Autowired CallService calls;
    @Autowired CallFixtures fx;
    @Autowired DonorService donors;
    @Autowired FundService funds;
    @Autowired DSLContext dsl;

    static Stream<Arguments> badTerms() {
        return Stream.of(
                bad("ref", t -> with(t, "ref", "lower case")),
                bad("title", t -> with(t, "title", " ")),
                bad("description", t -> with(t, "description", "")),
                bad("currency", t -> with(t, "currency", "XYZ")),
                bad("budget", t -> with(t, "budget", "0")),
                bad("budget", t -> with(t, "budget", "-5.00")),
                bad("budget", t -> with(t, "budget", "100.001")),
                bad("budget", t -> with(t, "budget", "lots")),
                bad("opensOn", t -> new CallTerms(t.ref(), t.title(), t.description(), t.currency(), t.budget(), null, t.closesOn(),
                        t.priorityAreas(), t.sdgGoals(), t.countries(), t.fundCodes(), t.limits(), t.weights())),
                bad("closesOn", t -> new CallTerms(t.ref(), t.title(), t.description(), t.currency(), t.budget(), t.opensOn(),
                        t.opensOn(), t.priorityAreas(), t.sdgGoals(), t.countries(), t.fundCodes(), t.limits(), t.weights())),
                bad("priorityAreas", t -> new CallTerms(t.ref(), t.title(), t.description(), t.currency(), t.budget(), t.opensOn(),
                        t.closesOn(), Set.of(), t.sdgGoals(), t.countries(), t.fundCodes(), t.limits(), t.weights())),
                bad("sdgGoals", t -> goals(t, List.of(18))),
                bad("sdgGoals", t -> goals(t, List.of(0))),
                bad("sdgGoals", t -> goals(t, List.of())),
                bad("countries", t -> countries(t, Set.of())),
                bad("countries", t -> countries(t, Set.of("KE", "XX"))),
                bad("fundCodes", t -> funds(t, List.of())),
                bad("fundCodes", t -> funds(t, List.of("NO-SUCH-FUND"))),
                bad("maxCash", t -> limits(t, new CallTerms.Limits("2000000.00", 0, 0, 0))),
                bad("maxCash", t -> limits(t, new CallTerms.Limits("1.005", 10, 0, 0))),
                bad("maxCash", t -> limits(t, new CallTerms.Limits("0", 0, 0, 0))),
                bad("maxGpuHours", t -> limits(t, new CallTerms.Limits("100.00", -1, 0, 0))),
                bad("weight_FEASIBILITY", t -> weights(t, Map.of(ReviewCriterion.FEASIBILITY, BigDecimal.ZERO))),
                bad("weight_SDG_IMPACT", t -> weights(t, Map.of(ReviewCriterion.SDG_IMPACT, new BigDecimal("-1")))),
                bad("weight_VALUE_FOR_MONEY", t -> weights(t, Map.of(ReviewCriterion.VALUE_FOR_MONEY, new BigDecimal("0.00001")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTerms")
    void aCallBreakingARuleIsRefusedNextToTheFieldAndNothingIsWritten(String field, UnaryOperator<CallTerms> change) {
        int before = dsl.fetchCount(FUNDING_CALL);
        CallTerms terms = change.apply(fx.terms(CallFixtures.ref()));

        assertThatThrownBy(() -> calls.publish(null, terms)).isInstanceOfSatisfying(FundException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.INVALID_INPUT);
            assertThat(e.fieldErrors()).containsKey(field);
        });
        assertThat(dsl.fetchCount(FUNDING_CALL)).isEqualTo(before);
    }

    @Test
    void aReferenceIsUsedOnce() {
        String ref = CallFixtures.ref();
        calls.publish(null, fx.terms(ref));

        assertThatThrownBy(() -> calls.publish(null, fx.terms(ref)))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.ALREADY_EXISTS));
    }

    @Test
    void weightsLeftOutAreEqualAndEachIsAFifth() {
        FundingCall call = calls.publish(null, fx.terms(CallFixtures.ref()));

        assertThat(call.weights().entered()).hasSize(5).allSatisfy((c, w) -> assertThat(w).isEqualByComparingTo("1"));
        assertThat(call.weights().shares().values()).allSatisfy(s -> assertThat(s).isEqualByComparingTo("0.2"));
    }

    @Test
    void weightsAreKeptAsEnteredAndUsedAsSharesOfTheirSum() {
        Map<ReviewCriterion, BigDecimal> w = new EnumMap<>(ReviewCriterion.class);
        w.put(ReviewCriterion.SDG_IMPACT, new BigDecimal("3"));
        w.put(ReviewCriterion.FEASIBILITY, new BigDecimal("2"));
        w.put(ReviewCriterion.LOCAL_CAPACITY_AND_OWNERSHIP, new BigDecimal("2"));
        w.put(ReviewCriterion.GOVERNANCE_AND_SAFETY, new BigDecimal("2"));
        w.put(ReviewCriterion.VALUE_FOR_MONEY, new BigDecimal("1"));

        FundingCall call = calls.publish(null, weights(fx.terms(CallFixtures.ref()), w));

        assertThat(call.weights().entered().get(ReviewCriterion.SDG_IMPACT)).isEqualByComparingTo("3");
        assertThat(call.weights().share(ReviewCriterion.SDG_IMPACT)).isEqualByComparingTo("0.3");
        assertThat(call.weights().share(ReviewCriterion.VALUE_FOR_MONEY)).isEqualByComparingTo("0.1");
        assertThat(call.weights().shares().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
    }

    @Test
    void aFundRestrictedToAnotherCallDoesNotFitButTheCallsOwnFundDoes() {
        FundingCall other = calls.publish(null, fx.terms(CallFixtures.ref()));
        Donor donor = donors.register(null, new DonorService.NewDonor(CallFixtures.ref(), "Call donor", Donor.DonorKind.ORGANISATION, "10", "NO", null, null));
        Fund forOther = funds.restricted(null, donor.id(), RestrictedPurpose.CALL, other.ref());
        String ref = CallFixtures.ref();

        assertThatThrownBy(() -> calls.publish(null, funds(fx.terms(ref), List.of(Fund.UNRESTRICTED, forOther.code()))))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.fieldErrors()).containsKey("fundCodes"));
        assertThat(calls.drawOn(null, other.id(), forOther.code()).fundCodes()).contains(Fund.UNRESTRICTED, forOther.code());
    }

    @Test
    void aDraftIsNotPublicAndBecomesScheduledWhenPublished() {
        FundingCall draft = calls.create(null, fx.terms(CallFixtures.ref()), false);

        assertThat(draft.statusOn(fx.today())).isEqualTo(Status.DRAFT);
        assertThat(calls.published()).extracting(FundingCall::id).doesNotContain(draft.id());
        assertThatThrownBy(() -> calls.getPublic(draft.id())).isInstanceOfSatisfying(FundException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND));

        FundingCall published = calls.update(null, draft.id(), fx.terms(draft.ref()), true);

        assertThat(published.statusOn(fx.today())).isEqualTo(Status.SCHEDULED);
        assertThat(calls.getPublic(draft.id()).ref()).isEqualTo(draft.ref());
    }

    @Test
    void termsChangeUntilTheCallOpensButNotAfter() {
        FundingCall scheduled = calls.publish(null, fx.terms(CallFixtures.ref()));
        CallTerms longer = fx.terms(scheduled.ref());
        longer = new CallTerms(longer.ref(), "Longer call", longer.description(), "EUR", "2000000.00", longer.opensOn(),
                longer.closesOn().plusDays(30), longer.priorityAreas(), longer.sdgGoals(), Set.of("KE"), longer.fundCodes(),
                new CallTerms.Limits("10000.00", 0, 0, 0), longer.weights());

        FundingCall changed = calls.update(null, scheduled.id(), longer, false);

        assertThat(changed.budget().amount()).isEqualTo("2000000.00");
        assertThat(changed.budget().currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(changed.countries()).containsExactly("KE");
        assertThat(changed.limits().maxGpuHours()).isZero();

        CallTerms open = fx.terms(CallFixtures.ref());
        FundingCall opened = calls.publish(null, new CallTerms(open.ref(), open.title(), open.description(), open.currency(), open.budget(),
                fx.today().minusDays(1), open.closesOn(), open.priorityAreas(), open.sdgGoals(), open.countries(), open.fundCodes(),
                open.limits(), open.weights()));
        assertThatThrownBy(() -> calls.update(null, opened.id(), fx.terms(opened.ref()), false))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.STATE_CONFLICT));
    }

    @Test
    void aPublishedCallClosesEarlyOnceWithAReasonButADraftCannotClose() {
        FundingCall call = calls.publish(null, fx.terms(CallFixtures.ref()));
        FundingCall draft = calls.create(null, fx.terms(CallFixtures.ref()), false);

        assertThatThrownBy(() -> calls.close(null, call.id(), " ")).isInstanceOfSatisfying(FundException.class,
                e -> assertThat(e.fieldErrors()).containsKey("reason"));
        FundingCall closed = calls.close(null, call.id(), "Budget moved to an emergency call.");

        assertThat(closed.statusOn(fx.today())).isEqualTo(Status.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(fx.today());
        assertThat(closed.isOpenOn(closed.opensOn().plusDays(1))).isFalse();
        assertThatThrownBy(() -> calls.close(null, call.id(), "again")).isInstanceOfSatisfying(FundException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.STATE_CONFLICT));
        assertThatThrownBy(() -> calls.close(null, draft.id(), "no")).isInstanceOfSatisfying(FundException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.STATE_CONFLICT));
    }

    private static Arguments bad(String field, UnaryOperator<CallTerms> change) {
        return Arguments.of(field, change);
    }

    private static CallTerms with(CallTerms t, String field, String value) {
        return new CallTerms(field.equals("ref") ? value : t.ref(), field.equals("title") ? value : t.title(),
                field.equals("description") ? value : t.description(), field.equals("currency") ? value : t.currency(),
                field.equals("budget") ? value : t.budget(), t.opensOn(), t.closesOn(), t.priorityAreas(), t.sdgGoals(), t.countries(),
                t.fundCodes(), t.limits(), t.weights());
    }

    private static CallTerms goals(CallTerms t, List<Integer> goals) {
        return new CallTerms(t.ref(), t.title(), t.description(), t.currency(), t.budget(), t.opensOn(), t.closesOn(),
                EnumSet.copyOf(t.priorityAreas()), goals, t.countries(), t.fundCodes(), t.limits(), t.weights());
    }

    private static CallTerms countries(CallTerms t, Set<String> countries) {
        return new CallTerms(t.ref(), t.title(), t.description(), t.currency(), t.budget(), t.opensOn(), t.closesOn(),
                t.priorityAreas(), t.sdgGoals(), countries, t.fundCodes(), t.limits(), t.weights());
    }

    private static CallTerms funds(CallTerms t, List<String> funds) {
        return new CallTerms(t.ref(), t.title(), t.description(), t.currency(), t.budget(), t.opensOn(), t.closesOn(),
                t.priorityAreas(), t.sdgGoals(), t.countries(), funds, t.limits(), t.weights());
    }

    private static CallTerms limits(CallTerms t, CallTerms.Limits limits) {
        return new CallTerms(t.ref(), t.title(), t.description(), t.currency(), t.budget(), t.opensOn(), t.closesOn(),
                t.priorityAreas(), t.sdgGoals(), t.countries(), t.fundCodes(), limits, t.weights());
    }

    static CallTerms weights(CallTerms t, Map<ReviewCriterion, BigDecimal> weights) {
        return new CallTerms(t.ref(), t.title(), t.description(), t.currency(), t.budget(), t.opensOn(), t.closesOn(),
                t.priorityAreas(), t.sdgGoals(), t.countries(), t.fundCodes(), t.limits(), weights);
    }
}
