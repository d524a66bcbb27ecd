package org.globalaifund.engine.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.globalaifund.engine.PostgresContext;
import org.globalaifund.engine.application.Attachment.AttachmentFile;
import org.globalaifund.engine.application.ResultsRules.IndicatorRow;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The same V10 script on PostgreSQL: indicator decimals and an attachment's bytes (bytea) come back exactly as stored. */
class ResultsAndAttachmentsOnPostgresTest extends PostgresContext {

    @Autowired ApplicationFixtures fx;
    @Autowired ApplicationService applications;
    @Autowired ApplicationResults results;
    @Autowired ApplicationAttachments attachments;

    @Test
    void indicatorsAndAPdfRoundTripOnPostgres() {
        Person me = fx.person(Role.APPLICANT);
        Application app = applications.start(me.id(), fx.openCall("50000.00").id());
        applications.saveProject(me.id(), app.id(), "Triage models", "For rural clinics.", List.of("3"), List.of());
        String year = String.valueOf(fx.today().getYear());
        results.save(me.id(), app.id(), List.of(new IndicatorRow("Share of clinics", "2", "", year, "12.3456", "99.5", "3.8"),
                new IndicatorRow("Nurses' view", "5", "", year, "Paper forms", "Minutes", "3.8")));
        byte[] pdf = TestPdfs.pdf("On PostgreSQL");

        Attachment stored = attachments.upload(me.id(), app.id(), "Plan", "plan.pdf", pdf.length, () -> pdf);
        AttachmentFile file = attachments.download(me.id(), app.id(), stored.id());

        assertThat(file.content()).isEqualTo(pdf);
        assertThat(file.attachment().sizeBytes()).isEqualTo(pdf.length);
        List<Indicator> indicators = applications.own(me.id(), app.id()).indicators();
        assertThat(indicators.get(0).baselineValue()).isEqualByComparingTo(new BigDecimal("12.3456"));
        assertThat(indicators.get(1).targetComment()).isEqualTo("Minutes");
    }
}
