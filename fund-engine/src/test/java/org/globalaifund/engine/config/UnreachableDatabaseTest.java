package org.globalaifund.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ServerSocket;
import org.globalaifund.engine.FundEngineApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up against a PostgreSQL nobody listens for fails at once, with the cause on one line. */
class UnreachableDatabaseTest {

    @Test
    void startUpFailsFastWithAOneLineCause() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SpringApplicationBuilder app = new SpringApplicationBuilder(FundEngineApplication.class).profiles("test", "postgres");
        String[] args = {"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/fund", "--server.port=0",
            "--camunda.bpm.process-engine-name=unreachable", "--spring.main.banner-mode=off"};
        long start = System.nanoTime();

        Throwable failure = catchThrowable(() -> app.run(args).close());

        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(failure).isNotNull();
        assertThat(seconds).as("fails fast, not after retries").isLessThan(30);
        FailureAnalysis analysis = analyse(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("Cannot reach the database").contains("Connection").doesNotContain("\n");
    }

    private static FailureAnalysis analyse(Throwable failure) {
        DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer();
        return analyzer.analyze(failure);
    }
}
