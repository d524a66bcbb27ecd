package org.globalaifund.engine.grant.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.grant.GrantAgreementLifecycle;
import org.springframework.stereotype.Component;

/** GrantAgreement, "Mark the first tranche due": acceptance met its condition. */
@Component(ProcessNames.DELEGATE_MARK_FIRST_TRANCHE_DUE)
public class MarkFirstTrancheDueDelegate implements JavaDelegate {

    private final GrantAgreementLifecycle lifecycle;

    public MarkFirstTrancheDueDelegate(GrantAgreementLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.markFirstTrancheDue((String) execution.getVariable(ProcessNames.VAR_APPLICATION_ID));
    }
}
