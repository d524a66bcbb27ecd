package org.globalaifund.templates;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The fixed texts of the documents in one language (messages*.properties: English is the base, French in
 * messages_fr), and dates, amounts and numbers formatted for the reader's locale. Placeholders are {0},
 * {1}... replaced literally (no MessageFormat quoting, so French apostrophes need no escaping).
 */
public final class Labels {

    static final String BUNDLE = "org.globalaifund.templates.messages";
    /** Languages with a complete bundle; any other falls back to English. */
    public static final List<String> LANGUAGES = List.of("en", "fr");

    private final Locale locale;
    private final ResourceBundle bundle;

    private Labels(Locale locale) {
        this.locale = locale;
        Locale language = LANGUAGES.contains(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage()) : Locale.ROOT;
        // no fallback to the JVM's default locale: an English document on a French server stays English
        this.bundle = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Labels of(Locale locale) {
        return new Labels(Require.present(locale, "The language"));
    }

    public Locale locale() {
        return locale;
    }

    /** The language tag the document declares: "fr" or "en". */
    public String language() {
        return LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }

    public String text(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No text " + key + " in " + BUNDLE + " for " + locale, e);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    public String amount(Amount amount) {
        return amount.display(locale);
    }

    public String decimal(BigDecimal value, int scale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(value);
    }

    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }
}
