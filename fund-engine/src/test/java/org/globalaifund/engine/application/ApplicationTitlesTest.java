package org.globalaifund.engine.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The titles ADMIN's task lists show: those of the listed applications only, read as they are written. */
@FundEngineTest
class ApplicationTitlesTest {

    @Autowired ApplicationFixtures fx;
    @Autowired ApplicationService applications;
    @Autowired ApplicationTitles titles;

    @Test
    void onlyTheAskedApplicationsAreReadWithTheirTitleOrganisationAndStatus() {
        Person applicant = fx.person(Role.APPLICANT);
        FundingCall call = fx.openCall("50000.00");
        Application named = draft(applicant, call, "Dakar Data Lab", "Crop models");
        Application unnamed = applications.start(applicant.id(), call.id());
        Application other = draft(applicant, call, "Kisumu Health Data", "Unrelated project");

        var read = titles.of(List.of(named.id(), unnamed.id()));

        assertThat(read).containsOnlyKeys(named.id(), unnamed.id()).doesNotContainKey(other.id());
        assertThat(read.get(named.id())).isEqualTo(new ApplicationTitles.Title(named.id(), "Crop models", "Dakar Data Lab", ApplicationStatus.DRAFT));
        assertThat(read.get(unnamed.id())).as("nothing written yet: the page says untitled")
                .isEqualTo(new ApplicationTitles.Title(unnamed.id(), null, null, ApplicationStatus.DRAFT));
        assertThat(titles.of(List.of())).isEmpty();
    }

    @Test
    void theApplicationsInTheGivenStatusesAreListedAndNoOther() {
        Person applicant = fx.person(Role.APPLICANT);
        FundingCall call = fx.openCall("50000.00");
        Application first = draft(applicant, call, "Dakar Data Lab", "First");
        Application second = draft(applicant, call, "Dakar Data Lab", "Second");

        List<ApplicationTitles.Title> drafts = titles.inStatus(EnumSet.of(ApplicationStatus.DRAFT));

        assertThat(drafts).extracting(ApplicationTitles.Title::id).contains(first.id(), second.id());
        assertThat(drafts).extracting(ApplicationTitles.Title::status).containsOnly(ApplicationStatus.DRAFT);
        assertThat(titles.inStatus(EnumSet.of(ApplicationStatus.REVIEWED))).extracting(ApplicationTitles.Title::id)
                .doesNotContain(first.id(), second.id());
    }

    private Application draft(Person applicant, FundingCall call, String organisation, String title) {
        Application app = applications.start(applicant.id(), call.id());
        applications.saveOrganisation(applicant.id(), app.id(), organisation, "80", "SN", ApplicationFixtures.SIGNATORY);
        return applications.saveProject(applicant.id(), app.id(), title, "Models for farmers.", List.of("13"), List.of());
    }
}
