package org.globalaifund.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The flow of content down A4 pages: where the next line goes, when a new page starts, and the few
 * drawing primitives the blocks need (text, rules, shaded boxes). Coordinates are PDF points, origin
 * bottom left; {@link #y()} is the top of the free space on the current page.
 */
final class PageFlow implements AutoCloseable {

    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 56.7f; // 20 mm
    static final float LEFT = MARGIN;
    static final float RIGHT = SIZE.getWidth() - MARGIN;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = SIZE.getHeight() - MARGIN;
    /** The lowest line of content; the footer sits below it. */
    static final float BOTTOM = MARGIN + 10;
    static final float LINE_SPACING = 1.35f;
    /** Baseline below the top of a line, in font sizes: centres DejaVu's capitals and descenders in the line. */
    static final float BASELINE = 1.05f;

    final FontFace regular;
    final FontFace bold;
    private final PDDocument document;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    PageFlow(PDDocument document, FontFace regular, FontFace bold) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        newPage();
    }

    static float lineHeight(float size) {
        return size * LINE_SPACING;
    }

    float y() {
        return y;
    }

    float room() {
        return y - BOTTOM;
    }

    boolean atTop() {
        return y >= TOP;
    }

    int pageIndex() {
        return pages.size() - 1;
    }

    List<PDPage> pages() {
        return pages;
    }

    void moveDown(float points) {
        y -= points;
    }

    /** A space between blocks, dropped at the top of a page. */
    void gap(float points) {
        if (!atTop()) {
            y = Math.max(BOTTOM, y - points);
        }
    }

    /** Starts a new page unless {@code height} still fits here (or this page is still empty). */
    void ensureRoom(float height) {
        if (height > room() && !atTop()) {
            newPage();
        }
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        pages.add(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    /** One line of cleaned text with its top at {@code top}. */
    void text(String clean, FontFace font, float size, float x, float top) {
        if (clean.isEmpty()) {
            return;
        }
        write(stream, clean, font, size, x, top - BASELINE * size);
    }

    static void write(PDPageContentStream stream, String clean, FontFace font, float size, float x, float baseline) {
        try {
            stream.beginText();
            stream.setFont(font.pdFont(), size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(clean);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(float x1, float x2, float atY, float width, float gray) {
        try {
            stream.setStrokingColor(gray);
            stream.setLineWidth(width);
            stream.moveTo(x1, atY);
            stream.lineTo(x2, atY);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void box(float x, float top, float width, float height, float fillGray, float strokeGray) {
        try {
            if (fillGray >= 0) {
                stream.setNonStrokingColor(fillGray);
                stream.addRect(x, top - height, width, height);
                stream.fill();
                stream.setNonStrokingColor(0f);
            }
            if (strokeGray >= 0) {
                stream.setStrokingColor(strokeGray);
                stream.setLineWidth(0.5f);
                stream.addRect(x, top - height, width, height);
                stream.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closeStream();
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }
}
