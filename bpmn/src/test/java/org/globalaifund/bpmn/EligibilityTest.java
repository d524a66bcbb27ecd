package org.globalaifund.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.bpmn.ProcessNames.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Eligibility decision as deployed on the engine: one rule per failed check, checked in a fixed order. */
@Deployment(resources = "bpmn/Eligibility.dmn")
class EligibilityTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    private DecisionService decisionService;

    @BeforeEach
    void setUp() {
        decisionService = extension.getProcessEngine().getDecisionService();
    }

    @Test
    void shouldBeEligibleWhenEveryCheckPasses() {
        assertThat(decide(true, true, true, true)).containsExactlyInAnyOrderEntriesOf(
                Map.of("eligible", true, "reason", REASON_ELIGIBLE));
    }

    @Test
    void shouldBeIneligibleWhenTheCallIsClosed() {
        assertThat(decide(false, true, true, true)).containsEntry("eligible", false).containsEntry("reason", REASON_CALL_CLOSED);
    }

    @Test
    void shouldBeIneligibleWhenTheCountryIsNotEligible() {
        assertThat(decide(true, false, true, true))
                .containsEntry("eligible", false).containsEntry("reason", REASON_COUNTRY_NOT_ELIGIBLE);
    }

    @Test
    void shouldBeIneligibleWhenAnAmountIsOutsideTheLimits() {
        assertThat(decide(true, true, false, true))
                .containsEntry("eligible", false).containsEntry("reason", REASON_AMOUNT_OUTSIDE_LIMITS);
    }

    @Test
    void shouldBeIneligibleWhenARequiredPartIsMissing() {
        assertThat(decide(true, true, true, false))
                .containsEntry("eligible", false).containsEntry("reason", REASON_PARTS_MISSING);
    }

    @ParameterizedTest(name = "callOpen={0} countryEligible={1} withinLimits={2} partsPresent={3} -> {4}")
    @CsvSource({
            "false, false, false, false, CALL_CLOSED",
            "false, true,  true,  false, CALL_CLOSED",
            "false, false, true,  true,  CALL_CLOSED",
            "true,  false, false, false, COUNTRY_NOT_ELIGIBLE",
            "true,  false, true,  false, COUNTRY_NOT_ELIGIBLE",
            "true,  true,  false, false, AMOUNT_OUTSIDE_LIMITS",
    })
    void shouldGiveTheFirstFailedCheckAsTheReason(boolean callOpen, boolean countryEligible, boolean withinLimits,
                                                   boolean partsPresent, String reason) {
        assertThat(decide(callOpen, countryEligible, withinLimits, partsPresent))
                .containsEntry("eligible", false).containsEntry("reason", reason);
    }

    @Test
    void shouldCountAMissingFactAsAFailedCheck() {
        Map<String, Object> facts = facts(true, true, true, true);
        facts.put(VAR_WITHIN_LIMITS, null);

        assertThat(decide(facts)).containsEntry("eligible", false).containsEntry("reason", REASON_AMOUNT_OUTSIDE_LIMITS);
    }

    private Map<String, Object> decide(boolean callOpen, boolean countryEligible, boolean withinLimits,
                                       boolean partsPresent) {
        return decide(facts(callOpen, countryEligible, withinLimits, partsPresent));
    }

    private Map<String, Object> decide(Map<String, Object> facts) {
        DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION_ELIGIBILITY)
                .variables(facts).evaluate().getSingleResult();
        return result.getEntryMap();
    }

    private static Map<String, Object> facts(boolean callOpen, boolean countryEligible, boolean withinLimits,
                                             boolean partsPresent) {
        Map<String, Object> facts = new HashMap<>();
        facts.put(VAR_CALL_OPEN, callOpen);
        facts.put(VAR_COUNTRY_ELIGIBLE, countryEligible);
        facts.put(VAR_WITHIN_LIMITS, withinLimits);
        facts.put(VAR_REQUIRED_PARTS_PRESENT, partsPresent);
        return facts;
    }
}
