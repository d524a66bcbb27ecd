package org.globalaifund.engine.diligence.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.diligence.DiligenceLifecycle;
import org.springframework.stereotype.Component;

/** BoardDecision, "Record rejection at due diligence": REJECTED, and the applicant's notice. */
@Component(ProcessNames.DELEGATE_RECORD_DILIGENCE_REJECTION)
public class RecordDiligenceRejectionDelegate implements JavaDelegate {

    private final DiligenceLifecycle lifecycle;

    public RecordDiligenceRejectionDelegate(DiligenceLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.recordRejection((String) execution.getVariable(ProcessNames.VAR_APPLICATION_ID));
    }
}
