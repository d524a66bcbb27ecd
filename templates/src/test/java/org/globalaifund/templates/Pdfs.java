package org.globalaifund.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads rendered PDFs back the way a reader's tool would: text per page, fonts per page. */
final class Pdfs {

    private Pdfs() {
    }

    static String text(RenderedPdf pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> pages(RenderedPdf pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every font used on every page, as "page N: name embedded=true". */
    static List<String> fonts(RenderedPdf pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            List<String> fonts = new ArrayList<>();
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add("page " + number + ": " + font.getName() + " embedded=" + font.isEmbedded());
                }
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PDDocument load(RenderedPdf pdf) {
        try {
            return Loader.loadPDF(pdf.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
