package org.globalaifund.engine.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.CallTerms;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.call.PriorityArea;
import org.globalaifund.engine.contribution.Fund;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.springframework.stereotype.Component;

/** A call open today (USD, at most 50,000.00 cash per application, goals 3 and 13), fresh applicants, and an ADMIN. */
@Component
public class ApplicationFixtures {

    /** One signatory, enough for the organisation step. */
    public static final java.util.List<ApplicationRules.SignatoryRow> SIGNATORY =
            java.util.List.of(new ApplicationRules.SignatoryRow("Wanjiru Kamau", "Executive Director"));

    static final String PASSWORD = "a-long-password-1";

    final CallService calls;
    final PeopleService people;
    final ApplicationResults results;
    final Clock clock;

    ApplicationFixtures(CallService calls, PeopleService people, ApplicationResults results, Clock clock) {
        this.calls = calls;
        this.people = people;
        this.results = results;
        this.clock = clock;
    }

    /** The draft with one indicator under SDG target {@code sdgTarget} (whose goal the project must have chosen). */
    Application indicator(String applicantId, String applicationId, String sdgTarget) {
        return results.save(applicantId, applicationId, List.of(new ResultsRules.IndicatorRow("Clinics using triage", "1", "clinics",
                String.valueOf(today().getYear()), "0", "40", sdgTarget)));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    FundingCall openCall(String maxCash) {
        return openCall(maxCash, 1000, 5, 40);
    }

    /** A call open today with these limits per application (0 = none of that kind). */
    FundingCall openCall(String maxCash, int maxGpuHours, int maxTrainingSeats, int maxExpertHours) {
        String ref = "A-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return calls.publish(null, new CallTerms(ref, "Call " + ref, "Health data for SDG teams.", "USD", "1000000.00", today(),
                today().plusDays(30), EnumSet.of(PriorityArea.SHARED_COMPUTE), List.of(3, 13), Set.of("KE", "SN"),
                List.of(Fund.UNRESTRICTED), new CallTerms.Limits(maxCash, maxGpuHours, maxTrainingSeats, maxExpertHours), null));
    }

    Person person(Role role) {
        String email = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@applications.test";
        return people.createActive(null, email, "Tester " + role, PASSWORD, EnumSet.of(role));
    }
}
