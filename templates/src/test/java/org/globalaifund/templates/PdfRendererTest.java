package org.globalaifund.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.globalaifund.templates.Block.Column;
import org.globalaifund.templates.Block.Heading;
import org.globalaifund.templates.Block.PageBreak;
import org.globalaifund.templates.Block.Paragraph;
import org.globalaifund.templates.Block.Table;
import org.globalaifund.templates.Block.Title;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void aCellTallerThanAPageSplitsOverPagesUnderARepeatedHeader() {
        StringBuilder tall = new StringBuilder();
        for (int i = 1; i <= 150; i++) {
            tall.append("line ").append(i).append('\n');
        }
        Table table = new Table(List.of(Column.left("Clause", 1), Column.left("Wording", 3)),
                List.of(List.of("short", "first row"), List.of("tall", tall.toString()), List.of("after", "last row")));

        RenderedPdf pdf = render(new Title("Layout", null), table);
        List<String> pages = Pdfs.pages(pdf);

        assertThat(pages).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(page -> assertThat(page).contains("Clause Wording"));
        String all = String.join("", pages);
        for (int i = 1; i <= 150; i++) {
            assertThat(all).contains("line " + i + System.lineSeparator());
        }
        assertThat(pages.get(pages.size() - 1)).contains("after last row");
    }

    @Test
    void aRowThatFitsOnTheNextPageMovesThereWhole() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            rows.add(List.of("row " + i, "first half of row " + i + "\nsecond half of row " + i));
        }

        List<String> pages = Pdfs.pages(render(new Table(List.of(Column.left("Key", 1), Column.left("Value", 3)), rows)));

        assertThat(pages).hasSizeGreaterThan(1);
        for (String page : pages) {
            int firsts = count(page, "first half of row ");
            int seconds = count(page, "second half of row ");
            assertThat(firsts).isEqualTo(seconds);
        }
    }

    @Test
    void aHeadingStaysOnThePageOfTheFactsBlockAfterIt() {
        // lines (13.5 pt) and one-line paragraphs (19.5 pt with their gap) move the heading through the foot of
        // the first page in 1.5 pt steps
        for (int paragraphs = 0; paragraphs <= 8; paragraphs++) {
            for (int lines = 36; lines <= 48 - paragraphs; lines++) {
                List<Block> blocks = new ArrayList<>();
                blocks.add(new Paragraph("filler line\n".repeat(lines)));
                for (int i = 0; i < paragraphs; i++) {
                    blocks.add(new Paragraph("one more"));
                }
                blocks.add(new Heading("Bank details", 1));
                blocks.add(new Block.Facts(List.of(new Block.Fact("Account holder", "Hanoi Open Data Lab"),
                        new Block.Fact("Bank", "Vietcombank"), new Block.Fact("Account", "•••• 9012"))));

                List<String> pages = Pdfs.pages(render(blocks.toArray(Block[]::new)));

                String withHeading = pages.stream().filter(p -> p.contains("Bank details")).findFirst().orElseThrow();
                assertThat(withHeading).as("after %d lines and %d paragraphs", lines, paragraphs)
                        .contains("Account holder", "Account •••• 9012");
            }
        }
    }

    @Test
    void aPageBreakOnAnEmptyPageAddsNoPage() {
        RenderedPdf pdf = render(new PageBreak(), new Paragraph("one"), new PageBreak(), new PageBreak(), new Paragraph("two"));

        assertThat(pdf.pageCount()).isEqualTo(2);
    }

    @Test
    void newlinesInAParagraphStartNewLinesAndLongWordsWrap() {
        String iban = "DE".repeat(120);
        String text = Pdfs.text(render(new Paragraph("first\tline\nsecond line\n" + iban)));

        assertThat(text).contains("first line" + System.lineSeparator() + "second line");
        assertThat(text.replace(System.lineSeparator(), "")).contains(iban);
    }

    @Test
    void headingsBecomeBookmarksAndTheFooterCarriesTheReference() {
        RenderedPdf pdf = render(new Heading("Første del", 1), new Paragraph("x"), new Heading("Underdel", 2),
                new Heading("Второй", 1));

        assertThat(Pdfs.text(pdf)).contains("REF-1", "p. 1/1");
        try (var document = Pdfs.load(pdf)) {
            var outline = document.getDocumentCatalog().getDocumentOutline();
            assertThat(outline.children()).extracting(item -> item.getTitle()).containsExactly("Første del", "Второй");
            assertThat(outline.getFirstChild().children()).extracting(item -> item.getTitle()).containsExactly("Underdel");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private RenderedPdf render(Block... blocks) {
        return renderer.render(new Document("Test", "REF-1", "en", "p. {0}/{1}", List.of(blocks)), AgreementBuilder.NOW);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
