package org.globalaifund.templates;

import java.util.List;

/**
 * A document as data, ready for {@link PdfRenderer}: its title (also the PDF's title), its reference
 * (printed in every page's footer), its language (a BCP 47 tag, e.g. "fr"), the footer's page pattern with
 * {0} for the page and {1} for the page count ("Page {0} of {1}"), and its blocks in reading order.
 */
public record Document(String title, String reference, String language, String pagePattern, List<Block> blocks) {

    public Document {
        Require.text(title, "A document's title");
        Require.text(reference, "A document's reference");
        Require.text(language, "A document's language");
        Require.text(pagePattern, "A document's page pattern");
        blocks = Require.nonEmpty(blocks, "A document's blocks");
    }
}
