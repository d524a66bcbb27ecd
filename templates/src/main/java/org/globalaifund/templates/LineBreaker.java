package org.globalaifund.templates;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Word wrap measured with the font's own widths: lines break at spaces, a '\n' always breaks, and a
 * word wider than the line (an IBAN, a URL) is cut between characters, never inside a combined one.
 */
final class LineBreaker {

    private LineBreaker() {
    }

    /** Lines of cleaned text no wider than {@code width}; an empty text gives one empty line. */
    static List<String> wrap(String clean, FontFace font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String hardLine : clean.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : hardLine.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (font.width(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (font.width(rest, size) > width) {
                    int cut = cutPoint(rest, font, size, width);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The longest prefix (in whole characters, at least one) that fits. */
    private static int cutPoint(String word, FontFace font, float size, float width) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(word);
        int fits = characters.next();
        for (int end = characters.next(); end != BreakIterator.DONE; end = characters.next()) {
            if (font.width(word.substring(0, end), size) > width) {
                break;
            }
            fits = end;
        }
        return fits;
    }
}
