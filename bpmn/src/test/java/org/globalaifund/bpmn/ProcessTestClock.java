package org.globalaifund.bpmn;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every process test starts from: the engine clock fixed at {@link #NOW} (timers move it), a call that
 * closes 30 days later, and fresh delegate mocks; both are reset after each test. Jobs are run by the test, as the
 * job executor would run them.
 */
abstract class ProcessTestClock {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Date CALL_CLOSES_AT = Date.from(NOW.plus(Duration.ofDays(30)));

    ProcessDelegateMocks delegates;

    @BeforeEach
    void fixClockAndMocks() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        delegates = ProcessDelegateMocks.register();
    }

    @AfterEach
    void resetClockAndMocks() {
        ClockUtil.reset();
        Mocks.reset();
    }

    /** Runs the process instance's executable asynchronous continuations (not its timers) until none is left. */
    static void runAsyncJobs(String processInstanceId) {
        List<Job> jobs;
        while (!(jobs = jobQuery().processInstanceId(processInstanceId).messages().executable().list()).isEmpty()) {
            jobs.forEach(job -> execute(job));
        }
    }
}
