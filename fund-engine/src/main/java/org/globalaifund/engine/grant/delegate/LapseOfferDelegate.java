package org.globalaifund.engine.grant.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.grant.GrantAgreementLifecycle;
import org.springframework.stereotype.Component;

/** GrantAgreement, "Record the lapsed offer": the deadline passed unanswered; commits nothing. */
@Component(ProcessNames.DELEGATE_LAPSE_OFFER)
public class LapseOfferDelegate implements JavaDelegate {

    private final GrantAgreementLifecycle lifecycle;

    public LapseOfferDelegate(GrantAgreementLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.lapse((String) execution.getVariable(ProcessNames.VAR_APPLICATION_ID));
    }
}
