package org.globalaifund.engine.call;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.globalaifund.engine.contribution.Fund;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.springframework.stereotype.Component;

/** Valid call terms with a fresh reference for each test, and one person per role for the call tests. */
@Component
class CallFixtures {

    static final String PASSWORD = "call-password-1";

    final Clock clock;
    final PeopleService people;
    final PersonRepository repository;

    CallFixtures(Clock clock, PeopleService people, PersonRepository repository) {
        this.clock = clock;
        this.people = people;
        this.repository = repository;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static String ref() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Opens in ten days, closes in forty; USD, unrestricted fund, two countries, every limit offered, weights left equal. */
    CallTerms terms(String ref) {
        return new CallTerms(ref, "Test call " + ref, "Compute for SDG teams.", "USD", "1000000.00", today().plusDays(10),
                today().plusDays(40), EnumSet.of(PriorityArea.SHARED_COMPUTE), List.of(3, 13), Set.of("KE", "SN"),
                List.of(Fund.UNRESTRICTED), new CallTerms.Limits("50000.00", 1000, 5, 40), null);
    }

    /** The email of a person with this role, created once. */
    String person(Role role) {
        String email = "calls." + role.name().toLowerCase() + "@test.example";
        if (repository.findByEmail(email).isEmpty()) {
            people.createActive(null, email, "Calls " + role, PASSWORD, EnumSet.of(role));
        }
        return email;
    }

    String personId(Role role) {
        return repository.findByEmail(person(role)).orElseThrow().id();
    }
}
