package org.globalaifund.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    private final PDDocument document = new PDDocument();
    private final FontFace font = FontFace.load(document, FontFace.REGULAR, new TreeSet<>());

    @AfterEach
    void close() throws Exception {
        document.close();
    }

    @Test
    void noLineIsWiderThanTheWidthAndNoWordIsLost() {
        String text = "Collect and publish consented speech data for three regional accents of Vietnamese, "
                + "with Nguyễn Thị Minh's team and a word far too long to fit: " + "x".repeat(80);

        List<String> lines = LineBreaker.wrap(font.clean(text), font, 10, 150);

        assertThat(lines).hasSizeGreaterThan(3).allSatisfy(line -> assertThat(font.width(line, 10)).isLessThanOrEqualTo(150));
        assertThat(String.join(" ", lines).replace("x x", "xx").replace("x x", "xx")).isEqualTo(text);
    }

    @Test
    void emptyTextIsOneEmptyLineAndBlankLinesAreKept() {
        assertThat(LineBreaker.wrap("", font, 10, 100)).containsExactly("");
        assertThat(LineBreaker.wrap("a\n\nb", font, 10, 100)).containsExactly("a", "", "b");
    }

    @Test
    void aCombiningSequenceIsNeverCutApart() {
        String word = "q\u0303".repeat(40);

        List<String> lines = LineBreaker.wrap(word, font, 10, 50);

        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line).doesNotStartWith("\u0303"));
    }
}
