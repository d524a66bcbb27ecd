package org.globalaifund.engine.diligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.engine.db.Tables.SANCTIONS_ENTRY;
import static org.globalaifund.engine.db.Tables.SANCTIONS_LIST;
import static org.globalaifund.engine.db.Tables.SANCTIONS_NAME;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.db.tables.records.AuditEventRecord;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Importing the list: counts and names stored, the latest import current, refused files and repeated files write nothing. */
@FundEngineTest
class SanctionsListImportTest {

    @Autowired SanctionsListImport importer;
    @Autowired SanctionsListRepository lists;
    @Autowired SanctionsScreening screening;
    @Autowired AuditTrail audit;
    @Autowired PeopleService people;
    @Autowired DSLContext dsl;

    Person admin;

    @BeforeEach
    void anAdmin() {
        admin = people.createActive(null, "sanctions." + UUID.randomUUID().toString().substring(0, 8) + "@import.test", "Sanctions Admin",
                "a-long-password-1", EnumSet.of(Role.ADMIN));
    }

    SanctionsListImport.Result importFresh() {
        return importer.importList(admin.id(), "consolidated.xml", new ByteArrayInputStream(SanctionsFixtures.freshCopy()));
    }

    int stored() {
        return dsl.fetchCount(SANCTIONS_LIST) + dsl.fetchCount(SANCTIONS_ENTRY) + dsl.fetchCount(SANCTIONS_NAME);
    }

    @Test
    void anImportStoresTheEntriesNamesAndCountsAndBecomesTheCurrentList() {
        SanctionsListImport.Result result = importer.importList(admin.id(), "C:\\Downloads\\consolidated.xml",
                new ByteArrayInputStream(SanctionsFixtures.freshCopy()));

        SanctionsListVersion version = result.version();
        assertThat(result.fresh()).isTrue();
        assertThat(version.sourceFileName()).isEqualTo("consolidated.xml");
        assertThat(version.sha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(version.dateGenerated()).isEqualTo("2026-03-02T09:15:00.123Z");
        assertThat(version.importedBy()).isEqualTo(admin.id());
        assertThat(List.of(version.individuals(), version.entities(), version.aliases())).containsExactly(5, 2, 6);
        assertThat(dsl.fetchCount(SANCTIONS_ENTRY, SANCTIONS_ENTRY.LIST_ID.eq(version.id()))).isEqualTo(7);
        assertThat(lists.names(version.id())).isEqualTo(16);
        assertThat(dsl.fetchCount(SANCTIONS_NAME, SANCTIONS_NAME.LIST_ID.eq(version.id()), SANCTIONS_NAME.IS_ALIAS.isTrue())).isEqualTo(6);
        assertThat(dsl.select(SANCTIONS_NAME.ALIAS_QUALITY).from(SANCTIONS_NAME)
                .where(SANCTIONS_NAME.LIST_ID.eq(version.id()), SANCTIONS_NAME.NAME.eq("Abu Zafran")).fetchOne(SANCTIONS_NAME.ALIAS_QUALITY))
                .isEqualTo("Low");
        assertThat(lists.current()).contains(version);
    }

    @Test
    void aLaterImportIsCurrentAndTheEarlierOneStays() {
        SanctionsListVersion first = importFresh().version();
        SanctionsListVersion second = importFresh().version();

        assertThat(second.importNo()).isEqualTo(first.importNo() + 1);
        assertThat(lists.current()).contains(second);
        assertThat(lists.versions()).startsWith(second, first);
        assertThat(screening.screen(List.of("Saffron Front")).list()).isEqualTo(second);
        assertThat(lists.names(first.id())).isEqualTo(16);
    }

    @Test
    void theSameFileTwiceIsStoredOnceAndTheEarlierImportIsNamed() {
        byte[] file = SanctionsFixtures.freshCopy();
        SanctionsListImport.Result first = importer.importList(admin.id(), "consolidated.xml", new ByteArrayInputStream(file));
        int before = stored();

        SanctionsListImport.Result again = importer.importList(admin.id(), "renamed.xml", new ByteArrayInputStream(file));

        assertThat(again.fresh()).isFalse();
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(stored()).isEqualTo(before);
        assertThat(audit.forSubject("SANCTIONS_LIST", first.version().id())).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"malformed.xml", "not-a-list.xml", "empty-list.xml", "doctype-external-entity.xml", "entry-without-reference.xml"})
    void aRefusedFileWritesNothingAndSaysWhyForTheFileField(String fixture) {
        SanctionsListVersion current = importFresh().version();
        int before = stored();

        assertThatThrownBy(() -> importer.importList(admin.id(), fixture, SanctionsFixtures.stream(fixture)))
                .isInstanceOfSatisfying(FundException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("file");
                    assertThat(e.getMessage()).isNotBlank().doesNotContain("sanctions.error").contains("stored");
                });
        assertThat(stored()).isEqualTo(before);
        assertThat(lists.current()).contains(current);
    }

    @Test
    void anImportIsInTheAuditTrail() {
        SanctionsListVersion version = importFresh().version();

        List<AuditEventRecord> events = audit.forSubject("SANCTIONS_LIST", version.id());
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.getEventType()).isEqualTo("SANCTIONS_LIST_IMPORTED");
            assertThat(e.getActorId()).isEqualTo(admin.id());
            assertThat(e.getDetail()).contains(version.sha256(), "5 individuals", "2 entities", "6 aliases");
        });
    }
}
