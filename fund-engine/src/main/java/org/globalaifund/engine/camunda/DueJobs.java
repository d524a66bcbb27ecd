package org.globalaifund.engine.camunda;

import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the due jobs of every process instance with a business key (GrantLifecycle, Application, Review,
 * BoardDecision, GrantAgreement of one application) now, in the calling thread, round after round until none is due,
 * each job in its own transaction as the job executor would; timers count only once the engine's clock has reached
 * them. The demo seeder uses it before the job executor starts, and the tests, where the executor is off. A job taken
 * by another executor meanwhile (a second node on the same database) fails with {@link OptimisticLockingException}:
 * someone else ran it, so look again instead of failing.
 */
@Component
public class DueJobs {

    private static final Logger log = LoggerFactory.getLogger(DueJobs.class);
    private static final int MAX_ROUNDS = 50;

    private final RuntimeService runtime;
    private final ManagementService management;

    DueJobs(RuntimeService runtime, ManagementService management) {
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
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (OptimisticLockingException e) {
                    log.debug("Job {} of {} was taken by another executor", job.getId(), businessKey);
                }
            }
        }
        throw new IllegalStateException("The jobs of " + businessKey + " keep coming after " + MAX_ROUNDS + " rounds");
    }
}
