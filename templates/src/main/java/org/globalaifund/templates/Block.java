package org.globalaifund.templates;

import java.util.ArrayList;
import java.util.List;

/**
 * One piece of a {@link Document}'s layout. Documents are data: a template turns a model into a list of
 * blocks, and {@link PdfRenderer} lays them out on A4 pages. Text may hold any Unicode; the renderer
 * normalises it and replaces what the fonts cannot draw.
 */
public sealed interface Block {

    /** The document's title at the top of the first page. */
    record Title(String text, String subtitle) implements Block {
        public Title {
            Require.text(text, "A title's text");
            subtitle = Require.optional(subtitle);
        }
    }

    /** A section heading: level 1 goes in the bookmarks and in any {@link Contents}, level 2 nests under it. */
    record Heading(String text, int level) implements Block {
        public Heading {
            Require.text(text, "A heading's text");
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("A heading's level is 1 or 2, not " + level + ".");
            }
        }
    }

    /** Running text, wrapped to the page width; a newline starts a new line. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Require.present(text, "A paragraph's text");
        }
    }

    /** Label/value pairs, labels in bold on the left. */
    record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = Require.list(facts, "A facts block's facts");
        }
    }

    record Fact(String label, String value) {
        public Fact {
            Require.text(label, "A fact's label");
            value = value == null ? "" : value;
        }
    }

    /** A table whose header row repeats on each page it runs onto; cells wrap within their column. */
    record Table(List<Column> columns, List<List<String>> rows) implements Block {
        public Table {
            columns = Require.nonEmpty(columns, "A table's columns");
            List<List<String>> checked = new ArrayList<>();
            for (List<String> row : Require.list(rows, "A table's rows")) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("Table row " + (checked.size() + 1) + " has " + row.size()
                            + " cells for " + columns.size() + " columns.");
                }
                checked.add(row.stream().map(cell -> cell == null ? "" : cell).toList());
            }
            rows = List.copyOf(checked);
        }
    }

    /** A column: its header, its share of the table's width (relative to the other columns) and alignment. */
    record Column(String header, float weight, Align align) {
        public Column {
            header = header == null ? "" : header;
            if (!(weight > 0)) {
                throw new IllegalArgumentException("A column's weight must be positive.");
            }
            Require.present(align, "A column's alignment");
        }

        public static Column left(String header, float weight) {
            return new Column(header, weight, Align.LEFT);
        }

        public static Column right(String header, float weight) {
            return new Column(header, weight, Align.RIGHT);
        }
    }

    enum Align { LEFT, RIGHT }

    /** A table of contents: every level-1 heading after it, with the page it lands on. */
    record Contents(String title) implements Block {
        public Contents {
            Require.text(title, "The contents' title");
        }
    }

    /** Starts a new page (nothing happens at the top of an empty page). */
    record PageBreak() implements Block {
    }
}
