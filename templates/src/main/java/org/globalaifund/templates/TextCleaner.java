package org.globalaifund.templates;

import java.text.Normalizer;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Makes caller text safe to draw with one font: NFC first (so a decomposed "Nguyễn" finds its precomposed
 * glyphs), line breaks of every kind become '\n', tabs become a space, control and format characters
 * (zero-width joiners, soft hyphens, bidi marks, variation selectors) go, and a character the font has
 * no glyph for becomes the placeholder and is reported. Drawing never fails on text.
 */
final class TextCleaner {

    private TextCleaner() {
    }

    static String clean(String raw, IntPredicate covers, int placeholder, Set<Integer> replaced) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                out.append('\n');
            } else if (isLineBreak(cp)) {
                out.append('\n');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (isInvisible(cp)) {
                // nothing to draw, nothing lost
            } else if (Character.isSpaceChar(cp) && !covers.test(cp)) {
                out.append(' ');
            } else if (covers.test(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.appendCodePoint(placeholder);
                replaced.add(cp);
            }
        }
        return out.toString();
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp)
                || type == Character.FORMAT
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
