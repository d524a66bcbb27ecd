package org.globalaifund.engine.grant.delegate;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.grant.Grant;
import org.globalaifund.engine.grant.GrantAgreementLifecycle;
import org.springframework.stereotype.Component;

/** GrantAgreement, "Create the grant and its agreement": the grant once, its id and acceptance deadline for the wait. */
@Component(ProcessNames.DELEGATE_PREPARE_AGREEMENT)
public class PrepareAgreementDelegate implements JavaDelegate {

    private final GrantAgreementLifecycle lifecycle;

    public PrepareAgreementDelegate(GrantAgreementLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Grant grant = lifecycle.prepare((String) execution.getVariable(ProcessNames.VAR_APPLICATION_ID));
        execution.setVariable(ProcessNames.VAR_GRANT_ID, grant.id());
        execution.setVariable(ProcessNames.VAR_ACCEPTANCE_DUE_AT, Date.from(grant.acceptanceDueAt()));
    }
}
