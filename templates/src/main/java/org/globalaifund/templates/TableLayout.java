package org.globalaifund.templates;

import java.util.ArrayList;
import java.util.List;

import org.globalaifund.templates.Block.Align;
import org.globalaifund.templates.Block.Column;

/**
 * Lays a table out on the page flow: column widths from their weights, cells wrapped to their column,
 * a row moved whole to the next page when it fits there, split line by line only when it is taller than a
 * page, and the header row drawn again at the top of every page the table runs onto. Facts blocks use the
 * same layout without header or grid, labels in bold.
 */
final class TableLayout {

    private static final float PAD_X = 4f;
    private static final float PAD_Y = 3f;
    private static final float HEADER_GRAY = 0.9f;
    private static final float GRID_GRAY = 0.6f;

    record Style(boolean header, boolean grid, boolean boldFirstColumn, float size) {
        static final Style GRID = new Style(true, true, false, 9f);
        static final Style FACTS = new Style(false, false, true, 10f);
    }

    private final PageFlow flow;
    private final Style style;
    private final float[] widths;
    private final List<Align> aligns = new ArrayList<>();
    private final List<List<String>> header = new ArrayList<>();
    private final float lineHeight;
    private int rowsOnPage;

    private TableLayout(PageFlow flow, List<Column> columns, Style style) {
        this.flow = flow;
        this.style = style;
        this.lineHeight = PageFlow.lineHeight(style.size());
        float total = 0;
        for (Column column : columns) {
            total += column.weight();
        }
        widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            Column column = columns.get(i);
            widths[i] = PageFlow.WIDTH * column.weight() / total;
            aligns.add(column.align());
            header.add(wrap(column.header(), flow.bold, i));
        }
    }

    static void draw(PageFlow flow, List<Column> columns, List<List<String>> rows, Style style) {
        new TableLayout(flow, columns, style).draw(rows);
    }

    /** The height the table takes when it does not break. */
    static float height(PageFlow flow, List<Column> columns, List<List<String>> rows, Style style) {
        TableLayout table = new TableLayout(flow, columns, style);
        float height = table.headerHeight();
        for (List<List<String>> row : table.wrap(rows)) {
            height += table.height(lineCount(row));
        }
        return height;
    }

    private void draw(List<List<String>> rows) {
        List<List<List<String>>> wrapped = wrap(rows);
        float firstRow = wrapped.isEmpty() ? 0 : height(Math.min(lineCount(wrapped.get(0)), 2));
        if (!style.header()) {
            // a facts block (a signature block) stays together when it can
            float whole = 0;
            for (List<List<String>> row : wrapped) {
                whole += height(lineCount(row));
            }
            firstRow = whole <= PageFlow.TOP - PageFlow.BOTTOM ? whole : firstRow;
        }
        flow.ensureRoom(headerHeight() + firstRow);
        drawHeader();
        for (List<List<String>> row : wrapped) {
            drawRow(row);
        }
    }

    private List<List<List<String>>> wrap(List<List<String>> rows) {
        List<List<List<String>>> wrapped = new ArrayList<>();
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(wrap(row.get(i), i == 0 && style.boldFirstColumn() ? flow.bold : flow.regular, i));
            }
            wrapped.add(cells);
        }
        return wrapped;
    }

    private void drawRow(List<List<String>> cells) {
        int lines = lineCount(cells);
        float pageCapacity = PageFlow.TOP - PageFlow.BOTTOM - headerHeight();
        int from = 0;
        while (from < lines) {
            int fit = (int) Math.floor((flow.room() - 2 * PAD_Y) / lineHeight + 1e-3);
            int remaining = lines - from;
            if (fit >= remaining) {
                drawSlice(cells, from, remaining);
                from = lines;
            } else if (rowsOnPage > 0 && from == 0 && height(remaining) <= pageCapacity) {
                continueOnNextPage();
            } else if (fit >= 1) {
                drawSlice(cells, from, fit);
                from += fit;
                continueOnNextPage();
            } else if (rowsOnPage == 0) {
                // a fresh page below the header always takes a line, so the loop always advances
                drawSlice(cells, from, 1);
                from += 1;
            } else {
                continueOnNextPage();
            }
        }
    }

    private void continueOnNextPage() {
        flow.newPage();
        drawHeader();
    }

    private void drawHeader() {
        rowsOnPage = 0;
        if (style.header()) {
            int lines = lineCount(header);
            float top = flow.y();
            float x = PageFlow.LEFT;
            for (float width : widths) {
                flow.box(x, top, width, height(lines), HEADER_GRAY, style.grid() ? GRID_GRAY : -1);
                x += width;
            }
            drawLines(header, 0, lines, flow.bold, top, false);
            flow.moveDown(height(lines));
        }
    }

    private void drawSlice(List<List<String>> cells, int from, int count) {
        float top = flow.y();
        if (style.grid()) {
            float x = PageFlow.LEFT;
            for (float width : widths) {
                flow.box(x, top, width, height(count), -1, GRID_GRAY);
                x += width;
            }
        }
        drawLines(cells, from, count, flow.regular, top, style.boldFirstColumn());
        flow.moveDown(height(count));
        rowsOnPage++;
    }

    /** Line by line across the cells, so text extraction reads a row in order. */
    private void drawLines(List<List<String>> cells, int from, int count, FontFace font, float top, boolean boldFirst) {
        for (int line = from; line < from + count; line++) {
            float x = PageFlow.LEFT;
            float lineTop = top - PAD_Y - (line - from) * lineHeight;
            for (int i = 0; i < cells.size(); i++) {
                List<String> cell = cells.get(i);
                if (line < cell.size()) {
                    FontFace face = i == 0 && boldFirst ? flow.bold : font;
                    String text = cell.get(line);
                    float textX = aligns.get(i) == Align.RIGHT
                            ? x + widths[i] - PAD_X - face.width(text, style.size())
                            : x + PAD_X;
                    flow.text(text, face, style.size(), textX, lineTop);
                }
                x += widths[i];
            }
        }
    }

    private List<String> wrap(String raw, FontFace font, int column) {
        return LineBreaker.wrap(font.clean(raw), font, style.size(), widths[column] - 2 * PAD_X);
    }

    private float headerHeight() {
        return style.header() ? height(lineCount(header)) : 0;
    }

    private float height(int lines) {
        return lines * lineHeight + 2 * PAD_Y;
    }

    private static int lineCount(List<List<String>> cells) {
        int lines = 1;
        for (List<String> cell : cells) {
            lines = Math.max(lines, cell.size());
        }
        return lines;
    }
}
