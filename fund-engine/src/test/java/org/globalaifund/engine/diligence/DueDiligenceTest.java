package org.globalaifund.engine.diligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.CallTerms;
import org.globalaifund.engine.call.PriorityArea;
import org.globalaifund.engine.contribution.Fund;
import org.globalaifund.engine.diligence.DueDiligenceScreening.Decision;
import org.globalaifund.engine.diligence.DueDiligenceScreening.Result;
import org.globalaifund.engine.diligence.SanctionsMatcher.ScreenedName;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Screening an application's names against the current list, recording the result, and ADMIN's one decision on a possible match. */
@FundEngineTest
class DueDiligenceTest {

    @Autowired DueDiligence diligence;
    @Autowired SanctionsListImport importer;
    @Autowired CallService calls;
    @Autowired ApplicationService applications;
    @Autowired PeopleService people;
    @Autowired AuditTrail audit;
    @Autowired Clock clock;

    Person admin;
    SanctionsListVersion list;
    String applicationId;

    @BeforeEach
    void theFixtureListAndADraftApplication() {
        admin = person(Role.ADMIN);
        list = importer.importList(admin.id(), "consolidated.xml", new ByteArrayInputStream(SanctionsFixtures.freshCopy())).version();
        applicationId = applications.start(person(Role.APPLICANT).id(), openCall(calls, clock)).id();
    }

    Person person(Role role) {
        return person(people, role);
    }

    static Person person(PeopleService people, Role role) {
        String email = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@diligence.test";
        return people.createActive(null, email, "Tester " + role, "a-long-password-1", EnumSet.of(role));
    }

    /** A call open today that a draft application can be started in. */
    static String openCall(CallService calls, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String ref = "DD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return calls.publish(null, new CallTerms(ref, "Call " + ref, "Health data for SDG teams.", "USD", "1000000.00", today,
                today.plusDays(30), EnumSet.of(PriorityArea.SHARED_COMPUTE), List.of(3, 13), Set.of("KE", "SN"),
                List.of(Fund.UNRESTRICTED), new CallTerms.Limits("50000.00", 0, 0, 0), null)).id();
    }

    @Test
    void namesMatchingNothingAreRecordedAsClearWithTheListUsed() {
        DueDiligenceScreening screening = diligence.screen(applicationId, List.of("Kisumu Health Data Trust", "Amina Otieno", " "));

        assertThat(screening.result()).isEqualTo(Result.CLEAR);
        assertThat(screening.listId()).isEqualTo(list.id());
        assertThat(screening.applicationId()).isEqualTo(applicationId);
        assertThat(screening.names()).extracting(ScreenedName::name).containsExactly("Kisumu Health Data Trust", "Amina Otieno");
        assertThat(screening.awaitsDecision()).isFalse();
        assertThat(diligence.get(screening.id())).isEqualTo(screening);
    }

    @Test
    void aMatchingSignatoryMakesAPossibleMatchNamingTheEntryAndTheNameThatMatched() {
        DueDiligenceScreening screening = diligence.screen(applicationId, List.of("Kisumu Health Data Trust", "Zafran, Abu"));

        assertThat(screening.result()).isEqualTo(Result.POSSIBLE_MATCH);
        assertThat(screening.awaitsDecision()).isTrue();
        assertThat(screening.names().get(0).matches()).isEmpty();
        assertThat(screening.names().get(1).matches())
                .extracting(SanctionsMatch::referenceNumber, SanctionsMatch::primaryName, SanctionsMatch::matchedName, SanctionsMatch::alias)
                .containsExactly(tuple("TSi.003", "KARIM ABDEL HAMID AL-ZAFRANI", "Abu Zafran", true));
        assertThat(audit.forSubject("APPLICATION", applicationId)).extracting(r -> r.getEventType()).contains("SANCTIONS_SCREENED");
    }

    @Test
    void aScreeningKeepsTheListVersionItUsedAfterANewerImport() {
        DueDiligenceScreening screening = diligence.screen(applicationId, List.of("Saffron Front"));
        SanctionsListVersion newer = importer.importList(admin.id(), "newer.xml", new ByteArrayInputStream(SanctionsFixtures.freshCopy())).version();

        DueDiligenceScreening again = diligence.screen(applicationId, List.of("Saffron Front"));

        assertThat(diligence.get(screening.id()).listId()).isEqualTo(list.id());
        assertThat(diligence.get(screening.id()).names().get(0).matches()).extracting(SanctionsMatch::referenceNumber).containsExactly("TSe.001");
        assertThat(again.listId()).isEqualTo(newer.id());
        assertThat(diligence.forApplication(applicationId)).extracting(DueDiligenceScreening::id).contains(screening.id(), again.id());
    }

    @Test
    void adminClearsAPossibleMatchWithAReasonThatIsRecorded() {
        DueDiligenceScreening screening = diligence.screen(applicationId, List.of("Ivan Petrova"));

        DueDiligenceScreening decided = diligence.decide(screening.id(), admin.id(), Decision.CLEARED,
                "  Different person: the signatory's passport and date of birth differ from TSi.002.  ");

        assertThat(decided.decision()).isEqualTo(Decision.CLEARED);
        assertThat(decided.decidedBy()).isEqualTo(admin.id());
        assertThat(decided.decidedAt()).isNotNull();
        assertThat(decided.reason()).isEqualTo("Different person: the signatory's passport and date of birth differ from TSi.002.");
        assertThat(decided.awaitsDecision()).isFalse();
        assertThat(audit.forSubject("APPLICATION", applicationId)).extracting(r -> r.getEventType()).contains("SANCTIONS_MATCH_CLEARED");
    }

    @Test
    void aDecisionWithoutAReasonIsRefusedAndNothingIsDecided() {
        DueDiligenceScreening screening = diligence.screen(applicationId, List.of("Ivan Petrova"));

        for (String reason : Arrays.asList(null, "", "   ", "x".repeat(DueDiligence.MAX_REASON_LENGTH + 1))) {
            assertThatThrownBy(() -> diligence.decide(screening.id(), admin.id(), Decision.REJECTED, reason))
                    .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("reason"));
        }
        assertThatThrownBy(() -> diligence.decide(screening.id(), admin.id(), null, "a reason"))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("decision"));
        assertThat(diligence.get(screening.id()).awaitsDecision()).isTrue();
    }

    @Test
    void aDecisionIsTakenOnceAndNeverChanges() {
        DueDiligenceScreening screening = diligence.screen(applicationId, List.of("Ivan Petrova"));
        diligence.decide(screening.id(), admin.id(), Decision.REJECTED, "Same person as TSi.002: confirmed by the passport copy.");
        Person otherAdmin = person(Role.ADMIN);

        assertThatThrownBy(() -> diligence.decide(screening.id(), otherAdmin.id(), Decision.CLEARED, "Looked again."))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.STATE_CONFLICT));
        assertThatThrownBy(() -> diligence.decide(screening.id(), admin.id(), Decision.REJECTED, "Same again."))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.STATE_CONFLICT));

        DueDiligenceScreening stored = diligence.get(screening.id());
        assertThat(stored.decision()).isEqualTo(Decision.REJECTED);
        assertThat(stored.decidedBy()).isEqualTo(admin.id());
        assertThat(stored.reason()).isEqualTo("Same person as TSi.002: confirmed by the passport copy.");
    }

    @Test
    void aClearScreeningHasNothingToDecide() {
        DueDiligenceScreening screening = diligence.screen(applicationId, List.of("Kisumu Health Data Trust"));

        assertThatThrownBy(() -> diligence.decide(screening.id(), admin.id(), Decision.CLEARED, "Nothing found."))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.STATE_CONFLICT));
        assertThat(diligence.get(screening.id()).decision()).isNull();
    }

    @Test
    void screeningNeedsAnApplicationAndAtLeastOneName() {
        assertThatThrownBy(() -> diligence.screen(UUID.randomUUID().toString(), List.of("Someone")))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND));
        assertThatThrownBy(() -> diligence.screen(applicationId, List.of(" ", "")))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("names"));
        assertThat(diligence.forApplication(applicationId)).isEmpty();
        assertThatThrownBy(() -> diligence.get(UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND));
    }
}
