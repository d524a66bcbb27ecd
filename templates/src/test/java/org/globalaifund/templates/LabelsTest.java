package org.globalaifund.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LabelsTest {

    private static final Properties ENGLISH = load("messages.properties");
    private static final Properties FRENCH = load("messages_fr.properties");

    @Test
    void englishAndFrenchHaveTheSameKeys() {
        assertThat(new TreeSet<>(FRENCH.stringPropertyNames()))
                .isNotEmpty()
                .isEqualTo(new TreeSet<>(ENGLISH.stringPropertyNames()));
    }

    @Test
    void everyTextHasTheSamePlaceholdersInBothLanguages() {
        for (String key : ENGLISH.stringPropertyNames()) {
            assertThat(placeholders(FRENCH.getProperty(key, ""))).as(key).isEqualTo(placeholders(ENGLISH.getProperty(key)));
        }
    }

    @Test
    void noTextIsBlank() {
        ENGLISH.forEach((key, value) -> assertThat((String) value).as("en " + key).isNotBlank());
        FRENCH.forEach((key, value) -> assertThat((String) value).as("fr " + key).isNotBlank());
    }

    @Test
    void everyStandardTermHasATitleAndATextInEachLanguage() {
        for (String term : GrantAgreementTemplate.TERMS) {
            assertThat(ENGLISH).containsKeys("terms." + term + ".title", "terms." + term + ".text");
            assertThat(FRENCH).containsKeys("terms." + term + ".title", "terms." + term + ".text");
        }
    }

    @Test
    void anEnglishDocumentStaysEnglishWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertThat(Labels.of(Locale.UK).text("agreement.title")).isEqualTo("Grant agreement");
            assertThat(Labels.of(Locale.forLanguageTag("fr-SN")).text("agreement.title")).isEqualTo("Accord de subvention");
            assertThat(Labels.of(Locale.GERMAN).text("agreement.title")).isEqualTo("Grant agreement");
            assertThat(Labels.of(Locale.GERMAN).language()).isEqualTo("en");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void placeholdersAreReplacedLiterallySoApostrophesSurvive() {
        assertThat(Labels.of(Locale.FRENCH).text("agreement.acceptance", "30 avril 2026"))
                .startsWith("Cette offre devient caduque si le Bénéficiaire ne l’a pas acceptée au plus tard le 30 avril 2026.");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\d+}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String file) {
        try (InputStream in = Labels.class.getResourceAsStream(file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
