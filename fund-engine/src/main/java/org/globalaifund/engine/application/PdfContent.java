package org.globalaifund.engine.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Whether bytes are a PDF the fund can read, judged by their content only (never the file name or the declared type):
 * a PDF header at the start and an end-of-file marker at the end (so a truncated file is refused even where a lenient
 * parser would recover it), PDFBox can open it (no password needed) and it has at least one page.
 */
final class PdfContent {

    /** The PDF specification allows the header and the end marker within 1024 bytes of the file's edges. */
    private static final int EDGE = 1024;

    private PdfContent() {}

    static boolean readable(byte[] bytes) {
        if (bytes.length < 8 || !edge(bytes, 0).contains("%PDF-") || !edge(bytes, Math.max(0, bytes.length - EDGE)).contains("%%EOF")) {
            return false;
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException e) {
            // Garbage, a truncated file, or an encrypted one PDFBox cannot open without its password.
            return false;
        }
    }

    private static String edge(byte[] bytes, int from) {
        return new String(bytes, from, Math.min(EDGE, bytes.length - from), StandardCharsets.ISO_8859_1);
    }
}
