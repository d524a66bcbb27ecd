package org.globalaifund.engine.diligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import org.globalaifund.engine.diligence.SanctionsListFile.Kind;
import org.globalaifund.engine.diligence.SanctionsMatcher.ScreenedName;
import org.junit.jupiter.api.Test;

/** Matching names against the fixture list: equal keys match a primary name, the original script or an alias; near names do not. */
class SanctionsMatcherTest {

    final SanctionsMatcher matcher = SanctionsMatcher.of(SanctionsFixtures.parsed());

    List<String> referencesMatching(String name) {
        return matcher.screen(name).matches().stream().map(SanctionsMatch::referenceNumber).toList();
    }

    @Test
    void aNameWithDiacriticsMatchesTheListedNameWithout() {
        assertThat(matcher.screen("Nguyễn Văn A").matches())
                .extracting(SanctionsMatch::referenceNumber, SanctionsMatch::kind, SanctionsMatch::primaryName, SanctionsMatch::matchedName,
                        SanctionsMatch::alias)
                .containsExactly(tuple("TSi.004", Kind.INDIVIDUAL, "NGUYEN VAN A", "NGUYEN VAN A", false));
    }

    @Test
    void lettersWithoutDecompositionAndSurnameFirstWithACommaMatch() {
        assertThat(matcher.screen("Ødegård, Øyvind").matches()).singleElement().satisfies(m -> {
            assertThat(m.referenceNumber()).isEqualTo("TSi.005");
            assertThat(m.matchedName()).as("the primary name is named before an alias with the same key").isEqualTo("OYVIND ODEGARD");
            assertThat(m.alias()).isFalse();
        });
        assertThat(referencesMatching("Oyvind Odegard")).containsExactly("TSi.005");
    }

    @Test
    void hyphensAndPunctuationDoNotMatter() {
        assertThat(referencesMatching("Al Zafran Front")).containsExactly("TSe.001");
        assertThat(referencesMatching("al-zafran, front")).containsExactly("TSe.001");
        assertThat(referencesMatching("Blue Heron Logistics SARL")).as("S.A.R.L. is four words, SARL one").isEmpty();
        assertThat(referencesMatching("blue heron logistics s a r l")).containsExactly("TSe.002");
    }

    @Test
    void wordOrderDoesNotMatter() {
        assertThat(referencesMatching("Ivan Petrovich Sidorov")).containsExactly("TSi.001");
        assertThat(referencesMatching("Sidorov Ivan Petrovich")).containsExactly("TSi.001");
    }

    @Test
    void aNameMatchingOnlyAnAliasNamesTheAlias() {
        assertThat(matcher.screen("ABU ZAFRAN").matches()).singleElement().satisfies(m -> {
            assertThat(m.referenceNumber()).isEqualTo("TSi.003");
            assertThat(m.primaryName()).isEqualTo("KARIM ABDEL HAMID AL-ZAFRANI");
            assertThat(m.matchedName()).isEqualTo("Abu Zafran");
            assertThat(m.alias()).isTrue();
        });
        assertThat(referencesMatching("Saffron Front")).containsExactly("TSe.001");
    }

    @Test
    void theNameInOriginalScriptMatches() {
        assertThat(matcher.screen("Сидоров Иван Петрович").matches()).singleElement().satisfies(m -> {
            assertThat(m.referenceNumber()).isEqualTo("TSi.001");
            assertThat(m.matchedName()).isEqualTo("Иван Петрович Сидоров");
            assertThat(m.alias()).isFalse();
        });
        assertThat(referencesMatching("جبهة الزعفران")).containsExactly("TSe.001");
    }

    @Test
    void nearNamesDoNotMatch() {
        assertThat(referencesMatching("Ivan Petrova")).containsExactly("TSi.002");
        assertThat(referencesMatching("Ivan Petrov")).isEmpty();
        assertThat(referencesMatching("Ivan Sidorov")).isEmpty();
        assertThat(referencesMatching("Karim Zafrani")).isEmpty();
        assertThat(referencesMatching("Nguyen Van B")).isEmpty();
    }

    @Test
    void blankNamesAndRepeatsAreIgnoredAndEachNameIsReportedInOrder() {
        List<ScreenedName> screened = matcher.screen(Arrays.asList("  Blue Heron Logistics S.A.R.L.  ", "", null, "   ", "--",
                "Global Fund Partner Org", "Blue Heron Logistics S.A.R.L."));

        assertThat(screened).extracting(ScreenedName::name).containsExactly("Blue Heron Logistics S.A.R.L.", "Global Fund Partner Org");
        assertThat(screened.get(0).matches()).extracting(SanctionsMatch::referenceNumber).containsExactly("TSe.002");
        assertThat(screened.get(1).matches()).isEmpty();
        assertThat(matcher.screen(List.of())).isEmpty();
        assertThat(matcher.screen((List<String>) null)).isEmpty();
    }

    @Test
    void eachEntryIsReportedOncePerName() {
        // OYVIND ODEGARD and its alias Øyvind Ødegård share a key: one match, not two
        assertThat(matcher.screen("odegard oyvind").matches()).hasSize(1);
    }

    @Test
    void aNameMatchingTwoEntriesReportsBoth() {
        SanctionsListFile twins = SanctionsListFileTest.read("""
                <CONSOLIDATED_LIST><INDIVIDUALS>
                  <INDIVIDUAL><FIRST_NAME>JANE</FIRST_NAME><SECOND_NAME>ROE</SECOND_NAME><REFERENCE_NUMBER>TSi.10</REFERENCE_NUMBER></INDIVIDUAL>
                  <INDIVIDUAL><FIRST_NAME>J.</FIRST_NAME><SECOND_NAME>DOE</SECOND_NAME><REFERENCE_NUMBER>TSi.11</REFERENCE_NUMBER>
                    <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Roe, Jane</ALIAS_NAME></INDIVIDUAL_ALIAS></INDIVIDUAL>
                </INDIVIDUALS></CONSOLIDATED_LIST>""");

        assertThat(SanctionsMatcher.of(twins).screen("Jane Roe").matches())
                .extracting(SanctionsMatch::referenceNumber, SanctionsMatch::alias)
                .containsExactly(tuple("TSi.10", false), tuple("TSi.11", true));
    }
}
