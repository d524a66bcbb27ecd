package org.globalaifund.engine.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless {@code chromium} through Debian's {@code chromedriver}, both at fixed paths (override with
 * {@code -Dbrowser.chromium=} and {@code -Dwebdriver.chrome.driver=}), so Selenium Manager never downloads anything.
 * Each browser gets a fresh profile in a temporary folder, removed when it quits.
 */
final class Chromium implements AutoCloseable {

    static final String BROWSER = System.getProperty("browser.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Skips the calling test class when chromium or chromedriver is missing on a developer's machine; in CI
     * (the environment variable {@code CI} set) a missing browser fails instead, so the browser test never
     * silently stops running there.
     */
    static void requireInstalled() {
        String missing = Stream.of(BROWSER, DRIVER).filter(p -> !Files.isExecutable(Path.of(p))).reduce((a, b) -> a + ", " + b).orElse(null);
        if (missing == null) {
            return;
        }
        String reason = "The browser test needs Debian's chromium and chromium-driver (missing: " + missing
                + "); ./test.sh installs them, or: apt-get install chromium chromium-driver";
        if (System.getenv("CI") != null) {
            Assertions.fail(reason + " [CI is set, so a missing browser fails]");
        }
        Assumptions.assumeTrue(false, reason);
    }

    static Chromium start() throws IOException {
        System.setProperty("webdriver.chrome.driver", DRIVER);
        Path profile = Files.createTempDirectory("fund-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--lang=en-GB", "--window-size=1280,1024", "--user-data-dir=" + profile);
        // The reader's browser asks for English; French comes from the reader's own choice on the pages.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().withLogOutput(java.io.OutputStream.nullOutputStream()).build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return new Chromium(driver, profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a profile left in the temporary folder is harmless
        }
    }
}
