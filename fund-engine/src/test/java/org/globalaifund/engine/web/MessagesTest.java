package org.globalaifund.engine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text is in every language, and every key a template names exists. */
class MessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() throws IOException {
        Set<String> english = bundle("messages.properties").stringPropertyNames();
        Set<String> french = bundle("messages_fr.properties").stringPropertyNames();

        assertThat(new TreeSet<>(french)).isEqualTo(new TreeSet<>(english));
    }

    /** Texts the templates always print with arguments (the call's closing date), placeholders or not. */
    private static final String ALWAYS_WITH_ARGUMENTS = "application.next.";

    /**
     * A text with placeholders goes through MessageFormat, where a lone apostrophe starts a quoted part (it vanishes
     * and hides the placeholders after it): write it doubled, or as a typographic one. A text without placeholders is
     * printed as it is, so a doubled apostrophe would show twice.
     */
    @Test
    void apostrophesSuitHowEachTextIsPrinted() throws IOException {
        Set<String> wrong = new TreeSet<>();
        for (String name : new String[] {"messages.properties", "messages_fr.properties"}) {
            Properties texts = bundle(name);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                boolean formatted = key.startsWith(ALWAYS_WITH_ARGUMENTS) || Pattern.compile("\\{\\d").matcher(text).find();
                if (formatted ? text.replace("''", "").contains("'") : text.contains("''")) {
                    wrong.add(name + ": " + key);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        Set<String> english = bundle("messages.properties").stringPropertyNames();
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(template));
                while (m.find()) {
                    if (!english.contains(m.group(1))) {
                        missing.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRoleAndConstituencyHasItsTexts() throws IOException {
        Properties english = bundle("messages.properties");
        for (var role : org.globalaifund.engine.people.Role.values()) {
            assertThat(english).containsKeys("role." + role.name(), "role." + role.name() + ".what");
        }
        for (var c : org.globalaifund.engine.people.Constituency.values()) {
            assertThat(english).containsKey("constituency." + c.name());
        }
        for (var a : org.globalaifund.engine.call.PriorityArea.values()) {
            assertThat(english).containsKey("area.enabler." + a.name());
        }
    }
}
