package org.globalaifund.engine.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.globalaifund.engine.FundEngineApplication;
import org.globalaifund.engine.FundEngineTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the demo profile there are no demo people, and an empty fund needs its first ADMIN from the environment. */
@FundEngineTest
class FirstAdminTest {

    @Autowired PeopleService people;

    @Test
    void withoutDemoTheOnlyPersonAtStartIsTheFirstAdminFromTheEnvironment() {
        assertThat(people.all()).filteredOn(p -> p.email().endsWith("@demo.globalaifund.org")).isEmpty();
        Person admin = people.all().stream().filter(p -> p.email().equals("first.admin@test.example")).findFirst().orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.isActive()).isTrue();
    }

    @Test
    void startUpOnAnEmptyDatabaseRefusesToRunWithoutTheFirstAdmin() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(FundEngineApplication.class).profiles("test");

        assertThatThrownBy(() -> app.run("--spring.datasource.url=jdbc:h2:mem:fund-no-admin;DB_CLOSE_DELAY=-1",
                        "--fund.admin.email=", "--fund.admin.password=", "--server.port=0",
                        "--camunda.bpm.process-engine-name=noadmin").close())
                .hasStackTraceContaining("FUND_ADMIN_EMAIL and FUND_ADMIN_PASSWORD");
    }
}
