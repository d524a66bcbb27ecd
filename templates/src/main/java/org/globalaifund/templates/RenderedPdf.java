package org.globalaifund.templates;

import java.util.List;

/**
 * A rendered PDF: its bytes, its page count, and the code points the fonts could not draw (each replaced
 * by a visible placeholder), in ascending order, so the caller can log or show them.
 */
public record RenderedPdf(byte[] bytes, int pageCount, List<Integer> replacedCodePoints) {

    public RenderedPdf {
        bytes = bytes.clone();
        replacedCodePoints = List.copyOf(replacedCodePoints);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The replaced code points as "U+1F600" strings. */
    public List<String> replacedCharacters() {
        return replacedCodePoints.stream().map(cp -> String.format("U+%04X", cp)).toList();
    }

    public boolean hasReplacements() {
        return !replacedCodePoints.isEmpty();
    }
}
