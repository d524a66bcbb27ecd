package org.globalaifund.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.globalaifund.engine.PostgresContext;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application on a real PostgreSQL 17 (embedded binaries): every migration applies and the engine runs. */
class PostgresBootTest extends PostgresContext {


    @Autowired JdbcTemplate jdbc;
    @Autowired PeopleService people;
    @Autowired IdentityService identity;

    @Test
    void everyFundMigrationIsAppliedOnPostgres() {
        List<String> applied = jdbc.queryForList(
                "select version from fund.flyway_schema_history where success order by installed_rank", String.class);
        assertThat(applied).contains("1", "2");
        assertThat(jdbc.queryForObject("select count(*) from ledger.flyway_schema_history where success", Integer.class))
                .as("the ledger keeps its own migration history").isPositive();
        assertThat(jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class)).isGreaterThanOrEqualTo(170000);
    }

    @Test
    void theFirstAdminExistsAndCamundaSeesThemThroughTheFundsUserStore() {
        var admin = people.withRole(Role.ADMIN).get(0);

        assertThat(identity.createUserQuery().memberOfGroup("ADMIN").list()).extracting(u -> u.getId()).contains(admin.id());
        assertThat(identity.checkPassword(admin.id(), "first-admin-password")).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
    }
}
