package org.globalaifund.engine.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run inside the page the browser shows (its {@code axe.min.js} comes from the classpath, shipped in a Maven
 * artifact, so the build fetches nothing else). Only violations of impact serious or critical count.
 */
final class Axe {

    static final Set<String> COUNTED = Set.of("serious", "critical");

    private static final String SOURCE = load();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
                .then(r => done(JSON.stringify({ version: axe.version, violations: r.violations })))
                .catch(e => done(JSON.stringify({ error: String(e) })));
            """;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean DEBUG = Boolean.getBoolean("axe.debug");

    private Axe() {}

    /** One counted violation: the rule, its impact and help, and the CSS selectors of the elements at fault. */
    record Violation(String page, String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return page + ": [" + impact + "] " + id + " (" + help + ") at " + targets;
        }
    }

    /** The serious and critical violations on the page the driver shows now, named after {@code page}. */
    static List<Violation> check(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SOURCE);
        }
        try {
            JsonNode result = JSON.readTree((String) js.executeAsyncScript(RUN));
            if (result.has("error")) {
                throw new IllegalStateException("axe failed on " + page + ": " + result.get("error").asText());
            }
            List<Violation> counted = new ArrayList<>();
            for (JsonNode v : result.get("violations")) {
                String impact = v.path("impact").asText();
                if (DEBUG) {
                    System.err.println("[axe] " + page + ": " + impact + " " + v.path("id").asText() + " " + v.path("nodes").size());
                }
                if (!COUNTED.contains(impact)) {
                    continue;
                }
                List<String> targets = new ArrayList<>();
                for (JsonNode node : v.path("nodes")) {
                    targets.add(node.path("target").toString());
                }
                counted.add(new Violation(page, v.path("id").asText(), impact, v.path("help").asText(), targets));
            }
            return counted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
