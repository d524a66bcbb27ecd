package org.globalaifund.engine;

import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Runs an application's due jobs by hand (the job executor is off in tests), as the executor would: every process
 * instance with the business key, round after round until none is due; timers count only once the engine's clock
 * has reached them.
 */
@Component
public class ProcessJobs {

    private static final int MAX_ROUNDS = 30;

    private final RuntimeService runtime;
    private final ManagementService management;

    ProcessJobs(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    public void runDue(String businessKey) {
        runDue(businessKey, job -> true);
    }

    /** The same for the due jobs {@code which} accepts only (the others stay, as if their time had not come). */
    public void runDue(String businessKey, Predicate<Job> which) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> due = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                    .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).executable().list().stream())
                    .filter(which).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming for " + businessKey);
    }
}
