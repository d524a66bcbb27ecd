package org.globalaifund.engine.diligence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The key names are compared by: what it forgets (case, marks, special letters, punctuation, order) and what it keeps. */
class SanctionsNameKeyTest {

    @ParameterizedTest(name = "\"{0}\" = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Nguyễn Văn A|NGUYEN VAN A",
            "Ødegård, Øyvind|Oyvind Odegard",
            "Al-Qaida|Al Qaida",
            "Ivan Petrovich Sidorov|Sidorov Ivan Petrovich",
            "SIDOROV,  Ivan   Petrovich.|ivan petrovich sidorov",
            "Æsir Œuvre|aesir oeuvre",
            "Straße|STRASSE",
            "Đorđe Łukasz|Dorde Lukasz",
            "Işık Þórr|Isik Thorr",
            "İstanbul Trading|istanbul trading",
            "François O'Brien-Smith|francois o brien smith",
            "ＡＢＣ Ｌｔｄ|ABC Ltd",
            "Müller & Söhne GmbH|muller sohne gmbh",
    })
    void namesWrittenDifferentlyHaveTheSameKey(String one, String other) {
        assertThat(SanctionsNameKey.of(one)).as("%s vs %s", one, other).isEqualTo(SanctionsNameKey.of(other));
    }

    @Test
    void transliterationsOfOneLanguageAreNotGuessed() {
        // ü loses its mark (u), it is not spelled out as German does (ue): such variants must be checked as names of their own
        assertThat(SanctionsNameKey.of("Müller")).isEqualTo("muller").isNotEqualTo(SanctionsNameKey.of("Mueller"));
    }

    @Test
    void theKeyIsLowerCaseWordsWithoutMarksInSortedOrder() {
        assertThat(SanctionsNameKey.of("Ødegård, Øyvind")).isEqualTo("odegard oyvind");
        assertThat(SanctionsNameKey.of("Nguyễn Văn A")).isEqualTo("a nguyen van");
        assertThat(SanctionsNameKey.of("  Al-Qaida  ")).isEqualTo("al qaida");
    }

    @Test
    void nearNamesKeepDifferentKeys() {
        assertThat(SanctionsNameKey.of("Ivan Petrov")).isNotEqualTo(SanctionsNameKey.of("Ivan Petrova"));
        assertThat(SanctionsNameKey.of("Ivan Sidorov")).isNotEqualTo(SanctionsNameKey.of("Ivan Petrovich Sidorov"));
        assertThat(SanctionsNameKey.of("Alqaida")).isNotEqualTo(SanctionsNameKey.of("Al-Qaida"));
    }

    @Test
    void otherScriptsKeepTheirLettersWithoutMarks() {
        assertThat(SanctionsNameKey.of("Иван Петрович Сидоров")).isEqualTo("иван петрович сидоров");
        assertThat(SanctionsNameKey.of("СИДОРОВ Иван Петрович")).isEqualTo("иван петрович сидоров");
        // Arabic short vowels (harakat) are combining marks: written or not, the key is the same
        assertThat(SanctionsNameKey.of("كَرِيم")).isEqualTo(SanctionsNameKey.of("كريم"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "-", " , . - ", "\u00A0"})
    void aBlankNameOrOneWithoutLettersHasAnEmptyKey(String name) {
        assertThat(SanctionsNameKey.of(name)).isEmpty();
    }

    @Test
    void digitsAreKept() {
        assertThat(SanctionsNameKey.of("Company 17")).isEqualTo("17 company").isNotEqualTo(SanctionsNameKey.of("Company 71"));
    }
}
