package org.globalaifund.engine.diligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import org.globalaifund.engine.PostgresContext;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.diligence.DueDiligenceScreening.Decision;
import org.globalaifund.engine.diligence.DueDiligenceScreening.Result;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The V12 script on PostgreSQL: an import with names in Cyrillic and Arabic round-trips, the key index finds them,
 * the same file twice is stored once, and a screening is recorded and decided once.
 */
class SanctionsOnPostgresTest extends PostgresContext {

    @Autowired SanctionsListImport importer;
    @Autowired SanctionsListRepository lists;
    @Autowired SanctionsScreening screening;
    @Autowired DueDiligence diligence;
    @Autowired CallService calls;
    @Autowired ApplicationService applications;
    @Autowired PeopleService people;
    @Autowired Clock clock;

    @Test
    void theListIsImportedScreenedAndDecidedOnPostgres() {
        Person admin = DueDiligenceTest.person(people, Role.ADMIN);
        byte[] xml = SanctionsFixtures.freshCopy();

        SanctionsListVersion version = importer.importList(admin.id(), "consolidated.xml", new ByteArrayInputStream(xml)).version();
        assertThat(importer.importList(admin.id(), "consolidated.xml", new ByteArrayInputStream(xml)).fresh()).isFalse();
        assertThatThrownBy(() -> importer.importList(admin.id(), "empty.xml", SanctionsFixtures.stream("empty-list.xml")))
                .isInstanceOf(FundException.class);

        assertThat(lists.current()).contains(version);
        assertThat(lists.names(version.id())).isEqualTo(16);
        SanctionsScreening.Result checked = screening.screen(List.of("Сидоров Иван Петрович", "جبهة الزعفران", "Ødegård, Øyvind"));
        assertThat(checked.names()).extracting(n -> n.matches().get(0).referenceNumber()).containsExactly("TSi.001", "TSe.001", "TSi.005");
        assertThat(checked.names().get(0).matches().get(0).matchedName()).isEqualTo("Иван Петрович Сидоров");

        String applicationId = applications.start(DueDiligenceTest.person(people, Role.APPLICANT).id(),
                DueDiligenceTest.openCall(calls, clock)).id();
        DueDiligenceScreening screened = diligence.screen(applicationId, List.of("Saffron Front", "Kisumu Health Data Trust"));
        assertThat(screened.result()).isEqualTo(Result.POSSIBLE_MATCH);
        assertThat(screened.listId()).isEqualTo(version.id());

        diligence.decide(screened.id(), admin.id(), Decision.REJECTED, "Same organisation as TSe.001.");
        assertThatThrownBy(() -> diligence.decide(screened.id(), admin.id(), Decision.CLEARED, "Changed my mind."))
                .isInstanceOf(FundException.class);
        assertThat(diligence.get(screened.id()).decision()).isEqualTo(Decision.REJECTED);
    }
}
