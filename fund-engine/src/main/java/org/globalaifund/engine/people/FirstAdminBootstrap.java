package org.globalaifund.engine.people;

import java.util.Arrays;
import org.globalaifund.engine.config.FundProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the first ADMIN from {@code FUND_ADMIN_EMAIL} / {@code FUND_ADMIN_PASSWORD} when the
 * database has nobody yet, and refuses to start without them: a fund nobody can administer is no use.
 * The demo profile brings its own people instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final PersonRepository people;
    private final PeopleService service;
    private final FundProperties properties;
    private final Environment environment;

    public FirstAdminBootstrap(PersonRepository people, PeopleService service, FundProperties properties, Environment environment) {
        this.people = people;
        this.service = service;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!people.isEmpty()) {
            return;
        }
        String email = properties.admin().email();
        String password = properties.admin().password();
        boolean configured = email != null && !email.isBlank() && password != null && !password.isBlank();
        if (!configured) {
            if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
                return;
            }
            throw new IllegalStateException("The database has no people yet: set FUND_ADMIN_EMAIL and FUND_ADMIN_PASSWORD "
                    + "to create the first ADMIN (or run with the demo profile).");
        }
        Person admin = service.createActive(null, email, "Fund administrator", password, PeopleService.roles(Role.ADMIN));
        log.info("Created the first ADMIN {}", admin.email());
    }
}
