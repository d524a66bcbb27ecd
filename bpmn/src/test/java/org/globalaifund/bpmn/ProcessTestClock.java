package org.globalaifund.bpmn;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every process test starts from: the engine clock fixed at {@link #NOW} (timers move it), a call that
 * closes 30 days later, and fresh delegate mocks; both are reset after each test.
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
}
