package org.globalaifund.engine.application;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Files for the attachment tests, made here rather than kept as binaries: real PDFs, and things that only look like one. */
final class TestPdfs {

    private TestPdfs() {}

    /** A one-page PDF saying {@code text}. */
    static byte[] pdf(String text) {
        return save(document(text));
    }

    /** A PDF that opens only with its user password. */
    static byte[] encryptedPdf() {
        PDDocument document = document("Secret plan");
        try {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(document);
    }

    /**
     * A PDF encrypted with an owner password only: it opens without a password, but forbids printing and copying
     * (the empty user password opens it).
     */
    static byte[] ownerProtectedPdf() {
        PDDocument document = document("Printing forbidden");
        try {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanPrint(false);
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(document);
    }

    /** A real PDF cut off after half its bytes (as an interrupted upload or copy leaves it). */
    static byte[] truncatedPdf() {
        byte[] whole = pdf("A plan cut short");
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** Random bytes between a PDF header and an end-of-file marker. */
    static byte[] garbageWithPdfHeader() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(noise);
        out.writeBytes("\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A small PNG image (to be uploaded under a .pdf name). */
    static byte[] png() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static PDDocument document(String text) {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document;
    }

    private static byte[] save(PDDocument document) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
