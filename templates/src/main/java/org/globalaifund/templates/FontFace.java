package org.globalaifund.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One embedded font of one document (DejaVu Sans or DejaVu Sans Bold, subset on save): which characters
 * it can draw, how wide a text is, and its cleaning of caller text. The font files are read from the
 * classpath once per JVM; each document parses its own copy, so renderings share no mutable state.
 */
final class FontFace {

    static final String REGULAR = "DejaVuSans.ttf";
    static final String BOLD = "DejaVuSans-Bold.ttf";

    private static final Map<String, byte[]> FILES = Map.of(REGULAR, read(REGULAR), BOLD, read(BOLD));
    private static final int REPLACEMENT_CHARACTER = 0xFFFD;

    private final PDType0Font font;
    private final CmapLookup cmap;
    private final int placeholder;
    private final Set<Integer> replaced;
    private final Map<Integer, Float> widths = new HashMap<>();

    private FontFace(PDType0Font font, Set<Integer> replaced) {
        this.font = font;
        this.cmap = font.getCmapLookup();
        this.placeholder = covers(REPLACEMENT_CHARACTER) ? REPLACEMENT_CHARACTER : '?';
        this.replaced = replaced;
    }

    /** Embeds the font in the document; characters it lacks are added to {@code replaced}. */
    static FontFace load(PDDocument document, String file, Set<Integer> replaced) {
        try {
            return new FontFace(PDType0Font.load(document, new RandomAccessReadBuffer(FILES.get(file)), true, false), replaced);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the font " + file, e);
        }
    }

    PDType0Font pdFont() {
        return font;
    }

    boolean covers(int codePoint) {
        return cmap != null && cmap.getGlyphId(codePoint) > 0;
    }

    String clean(String raw) {
        return TextCleaner.clean(raw, this::covers, placeholder, replaced);
    }

    /** The width in points of cleaned text (every character drawable) at the given size. */
    float width(String clean, float size) {
        float units = 0;
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            i += Character.charCount(cp);
            units += widths.computeIfAbsent(cp, this::glyphWidth);
        }
        return units / 1000f * size;
    }

    private float glyphWidth(int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException | IllegalArgumentException e) {
            return font.getAverageFontWidth();
        }
    }

    private static byte[] read(String file) {
        String path = "fonts/" + file;
        try (InputStream in = FontFace.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The font " + path + " is missing from the classpath.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + path, e);
        }
    }
}
