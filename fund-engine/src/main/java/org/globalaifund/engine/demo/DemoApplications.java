package org.globalaifund.engine.demo;

import java.util.List;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationResults;
import org.globalaifund.engine.application.ApplicationRules.BudgetRow;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ResultsRules.IndicatorRow;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.people.PersonRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo applicant's applications to the demo call, through the real service: one submitted, one draft with only
 * its organisation saved. An applicant who already has applications is left as they are, so seeding twice adds nothing.
 */
@Component
@Profile("demo")
class DemoApplications {

    static final String APPLICANT = "applicant@demo.globalaifund.org";

    private final PersonRepository people;
    private final CallService calls;
    private final ApplicationService applications;
    private final ApplicationResults results;

    DemoApplications(PersonRepository people, CallService calls, ApplicationService applications, ApplicationResults results) {
        this.people = people;
        this.calls = calls;
        this.applications = applications;
        this.results = results;
    }

    void seed() {
        String applicant = people.findByEmail(APPLICANT).map(p -> p.id()).orElse(null);
        FundingCall call = calls.findByRef("CFP-2027-01").orElse(null);
        if (applicant == null || call == null || !applications.mine(applicant).isEmpty()) {
            return;
        }
        Application submitted = applications.start(applicant, call.id());
        applications.saveOrganisation(applicant, submitted.id(), "Kenya Medical Data Collaborative", "80", "KE");
        applications.saveProject(applicant, submitted.id(), "Triage models for rural clinics in Swahili and English",
                "Fine-tunes open models on anonymised clinic records so community health workers can triage patients "
                        + "offline on low-cost phones; the data stays in Kenya.", List.of("3", "4"), List.of("3.8", "4.4"));
        applications.saveBudget(applicant, submitted.id(), List.of(new BudgetRow("PERSONNEL", "84000.00"),
                new BudgetRow("DATA", "22500.00"), new BudgetRow("TRAINING", "15000.00")));
        int year = submitted.createdAt().atZone(java.time.ZoneOffset.UTC).getYear();
        Application complete = results.save(applicant, submitted.id(), List.of(
                new IndicatorRow("Clinics where health workers triage with the model", "1", "clinics", String.valueOf(year), "0", "40", "3.8"),
                new IndicatorRow("Triage decisions agreeing with a clinician", "2", "", String.valueOf(year), "0", "85", "3.8"),
                new IndicatorRow("Health workers trained to use the model", "1", "people", String.valueOf(year), "0", "300", "4.4")));
        applications.submit(applicant, submitted.id(), complete.version());

        Application draft = applications.start(applicant, call.id());
        applications.saveOrganisation(applicant, draft.id(), "Réseau sénégalais pour l'agriculture numérique", "22", "SN");
    }
}
