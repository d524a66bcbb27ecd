package org.globalaifund.engine.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Whether bytes are a PDF the fund can read, judged by their content only (never the file name or the declared type):
 * a PDF header at the start and an end-of-file marker at the end (so a truncated file is refused even where a lenient
 * parser would recover it), PDFBox can open it and it has at least one page. An encrypted PDF is refused too, also one
 * that opens without a password: its owner password may forbid printing or copying, which reviewers and board members
 * need, and the fund keeps no copy it cannot fully use.
 */
final class PdfContent {

    /** The PDF specification allows the header and the end marker within 1024 bytes of the file's edges. */
    private static final int EDGE = 1024;

    /** What the check found. */
    enum Verdict {
        READABLE,
        /** Not a PDF, damaged, truncated, or without pages. */
        UNREADABLE,
        /** Encrypted: it needs a password to open, or it opens but carries restrictions an owner password set. */
        PROTECTED
    }

    private PdfContent() {}

    static Verdict check(byte[] bytes) {
        if (bytes.length < 8 || !edge(bytes, 0).contains("%PDF-") || !edge(bytes, Math.max(0, bytes.length - EDGE)).contains("%%EOF")) {
            return Verdict.UNREADABLE;
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                return Verdict.PROTECTED;
            }
            return document.getNumberOfPages() > 0 ? Verdict.READABLE : Verdict.UNREADABLE;
        } catch (InvalidPasswordException e) {
            return Verdict.PROTECTED;
        } catch (IOException | RuntimeException e) {
            // Garbage or a truncated file.
            return Verdict.UNREADABLE;
        }
    }

    private static String edge(byte[] bytes, int from) {
        return new String(bytes, from, Math.min(EDGE, bytes.length - from), StandardCharsets.ISO_8859_1);
    }
}
