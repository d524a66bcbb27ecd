package org.globalaifund.bpmn;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Mockito stand-ins for every delegate the models call, registered under their bean names. The facts delegate sets
 * the eligibility facts a test chose; the more-information delegate sets a due date two weeks after the engine's now.
 */
final class ProcessDelegateMocks {

    static final Duration INFORMATION_PERIOD = Duration.ofDays(14);

    final JavaDelegate lapseDraft = mock(JavaDelegate.class);
    final JavaDelegate collectEligibilityFacts = mock(JavaDelegate.class);
    final JavaDelegate notifyIneligible = mock(JavaDelegate.class);
    final JavaDelegate requestMoreInformation = mock(JavaDelegate.class);
    final JavaDelegate lapseApplication = mock(JavaDelegate.class);
    final JavaDelegate recordWithdrawal = mock(JavaDelegate.class);

    private boolean callOpen = true;
    private boolean countryEligible = true;
    private boolean withinLimits = true;
    private boolean requiredPartsPresent = true;

    static ProcessDelegateMocks register() {
        ProcessDelegateMocks mocks = new ProcessDelegateMocks();
        Mocks.register(ProcessNames.DELEGATE_LAPSE_DRAFT, mocks.lapseDraft);
        Mocks.register(ProcessNames.DELEGATE_COLLECT_ELIGIBILITY_FACTS, mocks.collectEligibilityFacts);
        Mocks.register(ProcessNames.DELEGATE_NOTIFY_INELIGIBLE, mocks.notifyIneligible);
        Mocks.register(ProcessNames.DELEGATE_REQUEST_MORE_INFORMATION, mocks.requestMoreInformation);
        Mocks.register(ProcessNames.DELEGATE_LAPSE_APPLICATION, mocks.lapseApplication);
        Mocks.register(ProcessNames.DELEGATE_RECORD_WITHDRAWAL, mocks.recordWithdrawal);
        mocks.answer();
        return mocks;
    }

    void factsAre(boolean callOpen, boolean countryEligible, boolean withinLimits, boolean requiredPartsPresent) {
        this.callOpen = callOpen;
        this.countryEligible = countryEligible;
        this.withinLimits = withinLimits;
        this.requiredPartsPresent = requiredPartsPresent;
    }

    private void answer() {
        try {
            doAnswer(invocation -> {
                DelegateExecution execution = invocation.getArgument(0);
                execution.setVariable(ProcessNames.VAR_CALL_OPEN, callOpen);
                execution.setVariable(ProcessNames.VAR_COUNTRY_ELIGIBLE, countryEligible);
                execution.setVariable(ProcessNames.VAR_WITHIN_LIMITS, withinLimits);
                execution.setVariable(ProcessNames.VAR_REQUIRED_PARTS_PRESENT, requiredPartsPresent);
                return null;
            }).when(collectEligibilityFacts).execute(any());
            doAnswer(invocation -> {
                DelegateExecution execution = invocation.getArgument(0);
                Date dueAt = Date.from(ClockUtil.now().toInstant().plus(INFORMATION_PERIOD));
                execution.setVariable(ProcessNames.VAR_INFORMATION_DUE_AT, dueAt);
                return null;
            }).when(requestMoreInformation).execute(any());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
