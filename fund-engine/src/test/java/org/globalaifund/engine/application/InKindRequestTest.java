package org.globalaifund.engine.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.engine.db.Tables.APPLICATION_COMPUTE_LINE;
import static org.globalaifund.engine.db.Tables.APPLICATION_PEOPLE_REQUEST;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.application.ApplicationRules.BudgetRow;
import org.globalaifund.engine.application.InKindRules.ComputeRow;
import org.globalaifund.engine.application.InKindRules.DataRow;
import org.globalaifund.engine.application.InKindRules.PeopleForm;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In-kind support in the rules of submission and eligibility: some support must be requested (cash or in kind), and
 * the eligibility facts hold the GPU-hours, training seats and expert hours against the call's limits, like the cash.
 */
@FundEngineTest
class InKindRequestTest {

    @Autowired ApplicationService applications;
    @Autowired InKindService inKind;
    @Autowired ApplicationLifecycle lifecycle;
    @Autowired ApplicationFixtures fx;
    @Autowired DSLContext dsl;

    String me;
    Application app;

    @BeforeEach
    void aDraftWithOrganisationProjectAndResults() {
        me = fx.person(Role.APPLICANT).id();
        app = applications.start(me, fx.openCall("50000.00").id());
        applications.saveOrganisation(me, app.id(), "Nairobi Health Lab", "80", "KE", ApplicationFixtures.SIGNATORY);
        applications.saveProject(me, app.id(), "Triage models", "For rural clinics.", List.of("3"), List.of("3.8"));
        fx.indicator(me, app.id(), "3.8");
    }

    int version() {
        return applications.own(me, app.id()).version();
    }

    @Test
    void aDraftRequestingNoSupportIsNotSubmitted() {
        assertThatThrownBy(() -> applications.submit(me, app.id(), version()))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.getMessage()).contains("requested support"));
        assertThat(applications.own(me, app.id()).status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(lifecycle.eligibilityFacts(app.id()).requiredPartsPresent()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cash", "compute", "data", "seats", "expert"})
    void anyOneKindOfSupportIsEnoughToSubmit(String kind) {
        switch (kind) {
            case "cash" -> applications.saveBudget(me, app.id(), List.of(new BudgetRow("PERSONNEL", "100.00")));
            case "compute" -> inKind.saveCompute(me, app.id(), List.of(new ComputeRow("H200", "10", "", "2027-03-01", "2027-03-31")));
            case "data" -> inKind.saveData(me, app.id(), List.of(new DataRow("MODEL", "A Swahili speech model", "OPEN", "", List.of("KE"))));
            case "seats" -> inKind.savePeople(me, app.id(), new PeopleForm("1", "Evaluation", "", ""));
            default -> inKind.savePeople(me, app.id(), new PeopleForm("", "", "8", "Clinical NLP"));
        }

        assertThat(lifecycle.eligibilityFacts(app.id()).requiredPartsPresent()).isTrue();
        assertThat(applications.submit(me, app.id(), version()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void requestsAtEachLimitAreWithinLimits() {
        applications.saveBudget(me, app.id(), List.of(new BudgetRow("PERSONNEL", "50000.00")));
        inKind.saveCompute(me, app.id(), List.of(new ComputeRow("H100-80GB", "600", "", "2027-03-01", "2027-06-30"),
                new ComputeRow("A100-80GB", "400", "region:150", "2027-03-01", "2027-06-30")));
        inKind.savePeople(me, app.id(), new PeopleForm("5", "Fine-tuning", "40", "Clinical NLP"));

        assertThat(lifecycle.eligibilityFacts(app.id()).withinLimits()).isTrue();
    }

    /** The call's limits cannot be passed through the pages; these rows stand for requests saved under other terms. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gpuHours", "seats", "expertHours"})
    void aRequestAboveAnyLimitIsOutsideTheLimits(String over) {
        inKind.saveCompute(me, app.id(), List.of(new ComputeRow("H100-80GB", "1000", "", "2027-03-01", "2027-06-30")));
        inKind.savePeople(me, app.id(), new PeopleForm("5", "Fine-tuning", "40", "Clinical NLP"));
        assertThat(lifecycle.eligibilityFacts(app.id()).withinLimits()).isTrue();

        switch (over) {
            case "gpuHours" -> dsl.insertInto(APPLICATION_COMPUTE_LINE).set(APPLICATION_COMPUTE_LINE.ID, UUID.randomUUID().toString())
                    .set(APPLICATION_COMPUTE_LINE.APPLICATION_ID, app.id()).set(APPLICATION_COMPUTE_LINE.LINE_NO, 2)
                    .set(APPLICATION_COMPUTE_LINE.GPU_CLASS_CODE, "H200").set(APPLICATION_COMPUTE_LINE.GPU_HOURS, 1)
                    .set(APPLICATION_COMPUTE_LINE.STARTS_ON, LocalDate.of(2027, 3, 1)).set(APPLICATION_COMPUTE_LINE.ENDS_ON, LocalDate.of(2027, 3, 2))
                    .execute();
            case "seats" -> dsl.update(APPLICATION_PEOPLE_REQUEST).set(APPLICATION_PEOPLE_REQUEST.TRAINING_SEATS, 6)
                    .where(APPLICATION_PEOPLE_REQUEST.APPLICATION_ID.eq(app.id())).execute();
            default -> dsl.update(APPLICATION_PEOPLE_REQUEST).set(APPLICATION_PEOPLE_REQUEST.EXPERT_HOURS, 41)
                    .where(APPLICATION_PEOPLE_REQUEST.APPLICATION_ID.eq(app.id())).execute();
        }

        assertThat(lifecycle.eligibilityFacts(app.id()).withinLimits()).isFalse();
    }
}
