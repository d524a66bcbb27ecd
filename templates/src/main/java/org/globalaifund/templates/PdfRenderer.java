package org.globalaifund.templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.globalaifund.templates.Block.Contents;
import org.globalaifund.templates.Block.Facts;
import org.globalaifund.templates.Block.Heading;
import org.globalaifund.templates.Block.PageBreak;
import org.globalaifund.templates.Block.Paragraph;
import org.globalaifund.templates.Block.Table;
import org.globalaifund.templates.Block.Title;

/**
 * Renders a {@link Document} to PDF on A4 with DejaVu Sans embedded (subset): blocks flow down the pages,
 * each page gets a footer with the reference and "page N of M", level-1 and level-2 headings become
 * bookmarks, and the metadata carries the title, the fund as author and the given instant as creation
 * date. The same document and instant always give the same bytes (the trailer ID is derived from them).
 * A document with a {@link Contents} block is laid out twice: the first pass finds the chapters' pages.
 */
public final class PdfRenderer {

    public static final String AUTHOR = "Global Fund for AI";

    private static final float TITLE_SIZE = 18f;
    private static final float SUBTITLE_SIZE = 11f;
    private static final float HEADING_SIZE = 13f;
    private static final float SUBHEADING_SIZE = 11f;
    private static final float BODY_SIZE = 10f;
    private static final float FOOTER_SIZE = 8f;
    private static final float HEADING_AFTER = 3f;
    private static final float GRAY = 0.35f;
    private static final List<Block.Column> FACT_COLUMNS = List.of(Block.Column.left("", 35), Block.Column.left("", 65));

    private record Placed(Heading heading, int page, float top) {
    }

    private record Laid(List<Placed> headings, FontFace regular) {
    }

    public RenderedPdf render(Document document, Instant createdAt) {
        Require.present(document, "The document");
        Require.present(createdAt, "The creation instant");
        List<Integer> chapterPages = List.of();
        if (document.blocks().stream().anyMatch(Contents.class::isInstance)) {
            // a first layout finds each chapter's page; the contents' page numbers do not change the flow
            try (PDDocument draft = new PDDocument()) {
                chapterPages = layOut(draft, document, List.of(), new TreeSet<>()).headings().stream()
                        .filter(p -> p.heading().level() == 1).map(Placed::page).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot render " + document.reference(), e);
            }
        }
        Set<Integer> replaced = new TreeSet<>();
        try (PDDocument pdf = new PDDocument()) {
            Laid laid = layOut(pdf, document, chapterPages, replaced);
            footers(pdf, document, laid.regular());
            outline(pdf, laid.headings());
            metadata(pdf, document, createdAt);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return new RenderedPdf(out.toByteArray(), pdf.getNumberOfPages(), List.copyOf(replaced));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + document.reference(), e);
        }
    }

    /** Draws the blocks; {@code chapterPages} (0-based, per level-1 heading) numbers the contents, if known. */
    private static Laid layOut(PDDocument pdf, Document document, List<Integer> chapterPages, Set<Integer> replaced) {
        FontFace regular = FontFace.load(pdf, FontFace.REGULAR, replaced);
        FontFace bold = FontFace.load(pdf, FontFace.BOLD, replaced);
        List<Placed> headings = new ArrayList<>();
        try (PageFlow flow = new PageFlow(pdf, regular, bold)) {
            List<Heading> chapters = chapters(document.blocks());
            int chaptersSeen = 0;
            List<Block> blocks = document.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                if (block instanceof Heading heading) {
                    headings.add(heading(flow, heading, i + 1 < blocks.size() ? blocks.get(i + 1) : null));
                    chaptersSeen += heading.level() == 1 ? 1 : 0;
                } else if (block instanceof Contents list) {
                    contents(flow, list, chapters, chaptersSeen, chapterPages);
                } else {
                    draw(flow, block);
                }
            }
        }
        return new Laid(headings, regular);
    }

    private static List<List<String>> rows(Facts facts) {
        return facts.facts().stream().map(f -> List.of(f.label(), f.value())).toList();
    }

    private static List<Heading> chapters(List<Block> blocks) {
        return blocks.stream()
                .filter(b -> b instanceof Heading h && h.level() == 1)
                .map(Heading.class::cast)
                .toList();
    }

    private static void draw(PageFlow flow, Block block) {
        if (block instanceof Title title) {
            lines(flow, title.text(), flow.bold, TITLE_SIZE);
            if (!title.subtitle().isEmpty()) {
                lines(flow, title.subtitle(), flow.regular, SUBTITLE_SIZE);
            }
            flow.moveDown(4);
            flow.rule(PageFlow.LEFT, PageFlow.RIGHT, flow.y(), 0.8f, GRAY);
            flow.moveDown(10);
        } else if (block instanceof Paragraph paragraph) {
            lines(flow, paragraph.text(), flow.regular, BODY_SIZE);
            flow.gap(6);
        } else if (block instanceof Facts facts) {
            TableLayout.draw(flow, FACT_COLUMNS, rows(facts), TableLayout.Style.FACTS);
            flow.gap(6);
        } else if (block instanceof Table table) {
            TableLayout.draw(flow, table.columns(), table.rows(), TableLayout.Style.GRID);
            flow.gap(8);
        } else if (block instanceof PageBreak) {
            if (!flow.atTop()) {
                flow.newPage();
            }
        } else {
            throw new IllegalStateException("Unknown block " + block);
        }
    }

    private static void lines(PageFlow flow, String raw, FontFace font, float size) {
        float lineHeight = PageFlow.lineHeight(size);
        for (String line : LineBreaker.wrap(font.clean(raw), font, size, PageFlow.WIDTH)) {
            flow.ensureRoom(lineHeight);
            flow.text(line, font, size, PageFlow.LEFT, flow.y());
            flow.moveDown(lineHeight);
        }
    }

    private static Placed heading(PageFlow flow, Heading heading, Block next) {
        float size = heading.level() == 1 ? HEADING_SIZE : SUBHEADING_SIZE;
        flow.gap(heading.level() == 1 ? 10 : 6);
        // keep the heading with the first lines of what follows it
        List<String> lines = LineBreaker.wrap(flow.bold.clean(heading.text()), flow.bold, size, PageFlow.WIDTH);
        float keep = 3 * PageFlow.lineHeight(BODY_SIZE);
        if (next instanceof Facts facts) {
            keep = Math.max(keep, TableLayout.height(flow, FACT_COLUMNS, rows(facts), TableLayout.Style.FACTS));
        }
        flow.ensureRoom(Math.min(lines.size() * PageFlow.lineHeight(size) + HEADING_AFTER + keep, PageFlow.TOP - PageFlow.BOTTOM));
        Placed placed = new Placed(heading, flow.pageIndex(), flow.y());
        lines(flow, heading.text(), flow.bold, size);
        flow.moveDown(HEADING_AFTER);
        return placed;
    }

    private static void contents(PageFlow flow, Contents list, List<Heading> chapters, int first,
                                 List<Integer> chapterPages) {
        lines(flow, list.title(), flow.bold, HEADING_SIZE);
        flow.moveDown(3);
        float lineHeight = PageFlow.lineHeight(BODY_SIZE);
        float numberWidth = 40;
        for (int i = first; i < chapters.size(); i++) {
            List<String> lines = LineBreaker.wrap(flow.regular.clean(chapters.get(i).text()), flow.regular,
                    BODY_SIZE, PageFlow.WIDTH - numberWidth);
            flow.ensureRoom(lines.size() * lineHeight);
            for (int line = 0; line < lines.size(); line++) {
                flow.text(lines.get(line), flow.regular, BODY_SIZE, PageFlow.LEFT, flow.y());
                if (line == lines.size() - 1 && i < chapterPages.size()) {
                    String number = Integer.toString(chapterPages.get(i) + 1);
                    flow.text(number, flow.regular, BODY_SIZE, PageFlow.RIGHT - flow.regular.width(number, BODY_SIZE), flow.y());
                }
                flow.moveDown(lineHeight);
            }
        }
        flow.gap(8);
    }

    /** The reference and "page N of M" under a rule at the foot of every page, once the page count is known. */
    private static void footers(PDDocument pdf, Document document, FontFace font) throws IOException {
        int count = pdf.getNumberOfPages();
        String reference = font.clean(document.reference()).replace('\n', ' ');
        float baseline = PageFlow.MARGIN - 20;
        for (int index = 0; index < count; index++) {
            try (PDPageContentStream stream = new PDPageContentStream(pdf, pdf.getPage(index), AppendMode.APPEND, true, true)) {
                stream.setStrokingColor(GRAY);
                stream.setLineWidth(0.5f);
                stream.moveTo(PageFlow.LEFT, baseline + FOOTER_SIZE + 4);
                stream.lineTo(PageFlow.RIGHT, baseline + FOOTER_SIZE + 4);
                stream.stroke();
                stream.setNonStrokingColor(GRAY);
                String page = font.clean(document.pagePattern()
                        .replace("{0}", Integer.toString(index + 1))
                        .replace("{1}", Integer.toString(count)));
                float pageWidth = font.width(page, FOOTER_SIZE);
                String left = LineBreaker.wrap(reference, font, FOOTER_SIZE, PageFlow.WIDTH - pageWidth - 12).get(0);
                PageFlow.write(stream, left, font, FOOTER_SIZE, PageFlow.LEFT, baseline);
                PageFlow.write(stream, page, font, FOOTER_SIZE, PageFlow.RIGHT - pageWidth, baseline);
            }
        }
    }

    private static void outline(PDDocument pdf, List<Placed> headings) {
        if (headings.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem chapter = null;
        for (Placed placed : headings) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(TextCleaner.clean(placed.heading().text(), cp -> true, '?', new TreeSet<>()).replace('\n', ' '));
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(pdf.getPage(placed.page()));
            destination.setLeft(0);
            destination.setTop(Math.round(placed.top()));
            item.setDestination(destination);
            if (placed.heading().level() == 2 && chapter != null) {
                chapter.addLast(item);
            } else {
                outline.addLast(item);
                chapter = item;
            }
        }
        outline.openNode();
        pdf.getDocumentCatalog().setDocumentOutline(outline);
        pdf.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    private static void metadata(PDDocument pdf, Document document, Instant createdAt) {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        created.setTimeInMillis(createdAt.toEpochMilli());
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.title());
        info.setSubject(document.reference());
        info.setAuthor(AUTHOR);
        info.setCreator(AUTHOR + " templates");
        info.setProducer("Apache PDFBox");
        info.setCreationDate(created);
        info.setModificationDate(created);
        pdf.getDocumentCatalog().setLanguage(document.language());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(preferences);
        // PDFBox would derive the file ID from the wall clock; ours comes from the input, so output is reproducible
        byte[] id = md5(document + "|" + createdAt);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JVM", e);
        }
    }
}
