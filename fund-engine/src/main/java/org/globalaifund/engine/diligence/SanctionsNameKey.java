package org.globalaifund.engine.diligence;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The key a name is compared by when screening against the sanctions list: two names match when their keys are
 * equal. It forgets what varies in how one name is written: case, diacritics ("Nguyễn" = "NGUYEN"), letters that
 * Unicode does not decompose ("Ødegård" = "Odegard", "Straße" = "Strasse"), punctuation and hyphens ("Al-Qaida" =
 * "Al Qaida"), spacing and word order ("Sidorov Ivan" = "Ivan Sidorov"). It keeps everything else, so "Petrov" and
 * "Petrova" stay different: near names are not matches here.
 */
public final class SanctionsNameKey {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Lower-case letters that NFKD leaves whole, and how they are written without their stroke or ligature. */
    private static final Map<Integer, String> SPECIAL_LETTERS = Map.ofEntries(
            Map.entry((int) 'ø', "o"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'œ', "oe"), Map.entry((int) 'ß', "ss"),
            Map.entry((int) 'đ', "d"), Map.entry((int) 'ð', "d"), Map.entry((int) 'ł', "l"), Map.entry((int) 'ı', "i"),
            Map.entry((int) 'þ', "th"), Map.entry((int) 'ħ', "h"));

    private SanctionsNameKey() {}

    /** The key of a name; empty for a null or blank name, or one with no letters or digits. */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        // lower case before the special letters, so both Ø and ø (and ẞ, whose lower case is ß) need one entry each
        String lower = bare.toLowerCase(Locale.ROOT);
        StringBuilder plain = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> {
            String replacement = SPECIAL_LETTERS.get(c);
            if (replacement != null) {
                plain.append(replacement);
            } else {
                plain.appendCodePoint(c);
            }
        });
        return Arrays.stream(SEPARATORS.split(plain)).filter(w -> !w.isEmpty()).sorted().collect(Collectors.joining(" "));
    }
}
