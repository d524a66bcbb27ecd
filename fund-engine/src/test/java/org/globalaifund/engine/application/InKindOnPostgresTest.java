package org.globalaifund.engine.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.globalaifund.engine.PostgresContext;
import org.globalaifund.engine.application.InKindRules.ComputeRow;
import org.globalaifund.engine.application.InKindRules.DataRow;
import org.globalaifund.engine.application.InKindRules.PeopleForm;
import org.globalaifund.engine.gpu.GpuClass;
import org.globalaifund.engine.gpu.GpuClassService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.reference.UnRegion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The same V9 script on PostgreSQL: the seeded GPU classes, and each in-kind part comes back as saved. */
class InKindOnPostgresTest extends PostgresContext {

    @Autowired ApplicationFixtures fx;
    @Autowired ApplicationService applications;
    @Autowired InKindService inKind;
    @Autowired GpuClassService gpuClasses;

    @Test
    void theSeededClassesAndEachPartRoundTripOnPostgres() {
        Person me = fx.person(Role.APPLICANT);
        Application app = applications.start(me.id(), fx.openCall("50000.00").id());

        inKind.saveCompute(me.id(), app.id(), List.of(new ComputeRow("MI300X", "250", "region:142", "2027-01-01", "2027-12-31")));
        inKind.saveData(me.id(), app.id(), List.of(new DataRow("DATASET", "Soil samples", "RESEARCH_ONLY", "", List.of("SN", "KE"))));
        InKindRequest saved = inKind.savePeople(me.id(), app.id(), new PeopleForm("3", "Model evaluation", "", ""));

        assertThat(gpuClasses.all()).extracting(GpuClass::code).contains("A100-80GB", "H100-80GB", "H200", "MI300X");
        assertThat(saved.compute()).singleElement().satisfies(l -> {
            assertThat(l.gpuClass().memoryGb()).isEqualTo(192);
            assertThat(l.region()).isEqualTo(UnRegion.ASIA);
            assertThat(l.endsOn()).hasToString("2027-12-31");
        });
        assertThat(saved.data()).containsExactly(new DataLine(DataKind.DATASET, "Soil samples", DataLicence.RESEARCH_ONLY, null, List.of("KE", "SN")));
        assertThat(saved.people()).isEqualTo(new PeopleRequest(3, "Model evaluation", 0, null));
    }
}
