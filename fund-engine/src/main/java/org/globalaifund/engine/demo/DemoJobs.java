package org.globalaifund.engine.demo;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Runs a demo application's due jobs (of every process with its business key: GrantLifecycle, Application, Review,
 * BoardDecision, GrantAgreement) until none is left, each in its own transaction; timers not yet due stay. Should a job
 * be taken by another executor (a second app node on the same database), its {@code OptimisticLockingException} means
 * someone else ran it: look again instead of failing.
 */
@Component
@Profile("demo")
class DemoJobs {

    private static final Logger log = LoggerFactory.getLogger(DemoJobs.class);

    private final RuntimeService runtime;
    private final ManagementService management;

    DemoJobs(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    void run(String applicationId) {
        for (int round = 0; round < 50; round++) {
            List<Job> due = runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).list().stream()
                    .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).executable().list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (OptimisticLockingException e) {
                    log.debug("Demo job {} of application {} was taken by another executor", job.getId(), applicationId);
                }
            }
        }
        throw new IllegalStateException("The jobs of demo application " + applicationId + " keep coming");
    }
}
