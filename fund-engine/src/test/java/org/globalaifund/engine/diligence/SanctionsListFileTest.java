package org.globalaifund.engine.diligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.globalaifund.engine.diligence.SanctionsListFile.Entry;
import org.globalaifund.engine.diligence.SanctionsListFile.Kind;
import org.globalaifund.engine.diligence.SanctionsListFile.Name;
import org.globalaifund.engine.diligence.SanctionsListFile.Refused;
import org.junit.jupiter.api.Test;

/** Reading the UN Consolidated List XML: names, aliases and original script from the fixture, and whole-file refusals. */
class SanctionsListFileTest {

    static Entry entry(SanctionsListFile file, String reference) {
        return file.entries().stream().filter(e -> e.referenceNumber().equals(reference)).findFirst().orElseThrow();
    }

    static SanctionsListFile read(String xml) {
        return SanctionsListFile.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFixtureHasFiveIndividualsTwoEntitiesAndSixAliases() {
        SanctionsListFile file = SanctionsFixtures.parsed();

        assertThat(file.dateGenerated()).isEqualTo("2026-03-02T09:15:00.123Z");
        assertThat(file.individuals()).isEqualTo(5);
        assertThat(file.entities()).isEqualTo(2);
        assertThat(file.aliases()).isEqualTo(6);
        assertThat(file.entries()).extracting(Entry::referenceNumber, Entry::dataId, Entry::kind).containsExactly(
                tuple("TSi.001", "9900001", Kind.INDIVIDUAL), tuple("TSi.002", "9900002", Kind.INDIVIDUAL),
                tuple("TSi.003", "9900003", Kind.INDIVIDUAL), tuple("TSi.004", "9900004", Kind.INDIVIDUAL),
                tuple("TSi.005", "9900005", Kind.INDIVIDUAL), tuple("TSe.001", "9900101", Kind.ENTITY),
                tuple("TSe.002", "9900102", Kind.ENTITY));
    }

    @Test
    void anIndividualsNameIsItsTwoToFourPartsJoinedInOrder() {
        SanctionsListFile file = SanctionsFixtures.parsed();

        assertThat(entry(file, "TSi.002").primaryName()).isEqualTo("IVAN PETROVA");
        assertThat(entry(file, "TSi.001").primaryName()).isEqualTo("IVAN PETROVICH SIDOROV");
        assertThat(entry(file, "TSi.003").primaryName()).isEqualTo("KARIM ABDEL HAMID AL-ZAFRANI");
        assertThat(entry(file, "TSi.005").primaryName()).as("an empty THIRD_NAME is skipped").isEqualTo("OYVIND ODEGARD");
    }

    @Test
    void anEntitysNameIsItsFirstName() {
        assertThat(entry(SanctionsFixtures.parsed(), "TSe.002").primaryName()).isEqualTo("BLUE HERON LOGISTICS S.A.R.L.");
    }

    @Test
    void theOriginalScriptIsAnotherNameAndAliasesFollowWithTheirQuality() {
        Entry karim = entry(SanctionsFixtures.parsed(), "TSi.003");

        assertThat(karim.names()).extracting(Name::name, Name::alias, Name::quality).containsExactly(
                tuple("KARIM ABDEL HAMID AL-ZAFRANI", false, null),
                tuple("كريم عبد الحميد الزعفراني", false, null),
                tuple("Karim al-Zafrani", true, "Good"),
                tuple("Abu Zafran", true, "Low"));
        assertThat(karim.names().get(2).key()).isEqualTo("al karim zafrani");
    }

    @Test
    void emptyAliasNamesAreSkipped() {
        SanctionsListFile file = SanctionsFixtures.parsed();

        assertThat(entry(file, "TSi.002").names()).extracting(Name::name).containsExactly("IVAN PETROVA");
        assertThat(entry(file, "TSe.002").names()).extracting(Name::name).containsExactly("BLUE HERON LOGISTICS S.A.R.L.");
        assertThat(entry(file, "TSe.001").names()).extracting(Name::name)
                .containsExactly("AL-ZAFRAN FRONT", "جبهة الزعفران", "Saffron Front", "Jabhat al-Zafran");
        assertThat(file.entries()).flatExtracting(Entry::names).extracting(Name::key).doesNotContain("");
    }

    @Test
    void aFileThatIsNotWellFormedIsRefusedWithItsLine() {
        assertThatThrownBy(() -> SanctionsListFile.read(SanctionsFixtures.stream("malformed.xml")))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.key()).isEqualTo("sanctions.error.notXmlAt");
                    assertThat(r.args()).containsExactly("11");
                });
    }

    @Test
    void anotherKindOfXmlIsRefusedNamingItsRoot() {
        assertThatThrownBy(() -> SanctionsListFile.read(SanctionsFixtures.stream("not-a-list.xml")))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.key()).isEqualTo("sanctions.error.notList");
                    assertThat(r.args()).containsExactly("sdnList");
                });
    }

    @Test
    void aListWithNobodyOnItIsRefused() {
        assertThatThrownBy(() -> SanctionsListFile.read(SanctionsFixtures.stream("empty-list.xml")))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("sanctions.error.empty"));
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyExternalEntityIsRead() {
        assertThatThrownBy(() -> SanctionsListFile.read(SanctionsFixtures.stream("doctype-external-entity.xml")))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("sanctions.error.doctype"));
    }

    @Test
    void anEntryWithoutAReferenceNumberIsRefused() {
        assertThatThrownBy(() -> SanctionsListFile.read(SanctionsFixtures.stream("entry-without-reference.xml")))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.key()).isEqualTo("sanctions.error.noReference");
                    assertThat(r.args()).containsExactly("ENTITY", "2");
                });
    }

    @Test
    void anEntryWithoutANameIsRefused() {
        String xml = """
                <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME> </FIRST_NAME><REFERENCE_NUMBER>TSi.9</REFERENCE_NUMBER>
                </INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>""";

        assertThatThrownBy(() -> read(xml)).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.key()).isEqualTo("sanctions.error.noName");
            assertThat(r.args()).containsExactly("TSi.9");
        });
    }

    @Test
    void anEmptyFileOrTextIsNotXml() {
        assertThatThrownBy(() -> read("")).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> read("Date,USD\n2026-01-01,1.05\n")).isInstanceOf(Refused.class);
    }

    @Test
    void namesOutsideAnEntryOrNestedDeeperAreNotNames() {
        String xml = """
                <CONSOLIDATED_LIST>
                  <FIRST_NAME>STRAY</FIRST_NAME>
                  <INDIVIDUALS><INDIVIDUAL><FIRST_NAME>REAL</FIRST_NAME><SECOND_NAME>PERSON</SECOND_NAME>
                    <REFERENCE_NUMBER>TSi.9</REFERENCE_NUMBER>
                    <INDIVIDUAL_ADDRESS><FIRST_NAME>NOT A NAME</FIRST_NAME></INDIVIDUAL_ADDRESS>
                    <ENTITY_ALIAS><ALIAS_NAME>WRONG KIND OF ALIAS</ALIAS_NAME></ENTITY_ALIAS>
                  </INDIVIDUAL></INDIVIDUALS>
                </CONSOLIDATED_LIST>""";

        SanctionsListFile file = read(xml);

        assertThat(file.dateGenerated()).isNull();
        assertThat(file.entries()).singleElement().satisfies(e -> {
            assertThat(e.primaryName()).isEqualTo("REAL PERSON");
            assertThat(e.names()).extracting(Name::name).containsExactly("REAL PERSON");
            assertThat(e.dataId()).isNull();
        });
    }
}
