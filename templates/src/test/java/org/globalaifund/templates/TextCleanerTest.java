package org.globalaifund.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    /** A font that has every BMP letter but nothing beyond it, and no U+202F. */
    private static final IntPredicate BMP_FONT = cp -> cp < 0x10000 && cp != 0x202F;

    private final Set<Integer> replaced = new TreeSet<>();

    @Test
    void decomposedTextIsComposed() {
        String decomposed = Normalizer.normalize("Nguyễn Ødegård", Normalizer.Form.NFD);

        assertThat(clean(decomposed)).isEqualTo("Nguyễn Ødegård");
        assertThat(replaced).isEmpty();
    }

    @Test
    void lineBreaksOfEveryKindBecomeNewlinesAndTabsSpaces() {
        assertThat(clean("a\r\nb\rc\nd\u2028e\u0085f\tg")).isEqualTo("a\nb\nc\nd\ne\nf g");
    }

    @Test
    void controlAndFormatCharactersAreDroppedSilently() {
        assertThat(clean("a\u0000b\u0007c\u200Dd\u00ADe\uFEFFf\u200Fg\uFE0F")).isEqualTo("abcdefg");
        assertThat(replaced).isEmpty();
    }

    @Test
    void missingCharactersBecomeThePlaceholderAndAreReported() {
        assertThat(clean("Sam 🚀 Okafor")).isEqualTo("Sam ? Okafor");
        assertThat(replaced).containsExactly(0x1F680);
    }

    @Test
    void aMissingSpaceCharacterBecomesAPlainSpaceWithoutReport() {
        assertThat(clean("150\u202F000")).isEqualTo("150 000");
        assertThat(replaced).isEmpty();
    }

    @Test
    void aLoneSurrogateIsReplacedNotPassedOn() {
        assertThat(clean("a\uD800b")).isEqualTo("a?b");
        assertThat(replaced).containsExactly(0xD800);
    }

    @Test
    void nullIsEmpty() {
        assertThat(clean(null)).isEmpty();
    }

    private String clean(String text) {
        return TextCleaner.clean(text, BMP_FONT.and(cp -> Character.getType(cp) != Character.SURROGATE), '?', replaced);
    }
}
