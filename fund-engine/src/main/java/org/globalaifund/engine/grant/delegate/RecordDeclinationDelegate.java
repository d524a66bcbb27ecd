package org.globalaifund.engine.grant.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.grant.GrantAgreementLifecycle;
import org.springframework.stereotype.Component;

/** GrantAgreement, "Record the declination": the applicant declined; commits nothing. */
@Component(ProcessNames.DELEGATE_RECORD_DECLINATION)
public class RecordDeclinationDelegate implements JavaDelegate {

    private final GrantAgreementLifecycle lifecycle;

    public RecordDeclinationDelegate(GrantAgreementLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.recordDeclination((String) execution.getVariable(ProcessNames.VAR_APPLICATION_ID));
    }
}
