package org.globalaifund.engine.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The languages a person may choose: English (the base bundle) and every language that has a
 * {@code messages_<language>.properties} bundle, so a UN language is added by translation alone.
 */
@Component
public class Languages {

    /** The language of {@code messages.properties}, used when a person chose none. */
    public static final String DEFAULT = "en";

    private final List<String> codes;

    public Languages() {
        List<String> found = new ArrayList<>(List.of(DEFAULT));
        ClassLoader loader = Languages.class.getClassLoader();
        Arrays.stream(Locale.getISOLanguages()).sorted()
                .filter(code -> !code.equals(DEFAULT) && loader.getResource("messages_" + code + ".properties") != null)
                .forEach(found::add);
        this.codes = List.copyOf(found);
    }

    /** The language codes, English first. */
    public List<String> codes() {
        return codes;
    }

    public boolean supports(String code) {
        return code != null && codes.contains(code);
    }

    /** A person's language as a locale; English when they chose none or a language we no longer carry. */
    public Locale localeOf(String code) {
        return Locale.forLanguageTag(supports(code) ? code : DEFAULT);
    }

    /**
     * The first language of a browser's {@code Accept-Language} list (already in order of preference) that the fund
     * speaks, else English: "de-DE, fr;q=0.8" reads French, "de" English, no header English.
     */
    public Locale bestOf(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String code = Locale.forLanguageTag(range.getRange()).getLanguage();
                    if (range.getWeight() > 0 && supports(code)) {
                        return Locale.forLanguageTag(code);
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a header we cannot read chooses nothing
            }
        }
        return Locale.forLanguageTag(DEFAULT);
    }

    /** Each language named in itself ("English", "Français"), so a reader finds their own. */
    public List<Choice> choices() {
        return codes.stream().map(code -> {
            Locale locale = Locale.forLanguageTag(code);
            String name = locale.getDisplayLanguage(locale);
            return new Choice(code, name.substring(0, 1).toUpperCase(locale) + name.substring(1));
        }).toList();
    }

    /** One language in a language picker. */
    public record Choice(String code, String name) {}
}
