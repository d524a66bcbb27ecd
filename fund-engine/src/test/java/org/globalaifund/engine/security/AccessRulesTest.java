package org.globalaifund.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint the application exposes, read from Spring's handler mappings, against the roles
 * that may reach it. A new endpoint without an entry in {@link #EXPECTED} fails this test, so no
 * endpoint is ever open by accident.
 */
@FundEngineTest
class AccessRulesTest {

    /** Who may reach each endpoint; ANONYMOUS means everyone, AUTHENTICATED every logged-in person. */
    static final Map<String, Set<String>> EXPECTED = new LinkedHashMap<>();
    static final Set<String> ALL_ROLES = new TreeSet<>(EnumSet.allOf(Role.class).stream().map(Enum::name).toList());

    static {
        open("GET /", "GET /login", "GET /calls", "GET /calls/{id}", "GET /invitation/{token}", "POST /invitation/{token}",
                "GET /register", "POST /register", "GET /register/confirm/{token}", "POST /register/confirm/{token}",
                "GET /password/forgot", "POST /password/forgot", "GET /password/reset/{token}", "POST /password/reset/{token}",
                "GET /error", "GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config", "GET /swagger-ui.html",
                "GET /actuator/health", "GET /actuator/health/**", "GET /actuator/info",
                "GET /priorities", "GET /api/v1/calls", "GET /api/v1/calls/{id}");
        expect("AUTHENTICATED", "GET /home", "GET /api/v1/me", "GET /account", "POST /account");
        expect("APPLICANT", "GET /applicant");
        expect("APPLICANT", "GET /applicant/applications", "POST /applicant/applications", "GET /applicant/applications/{id}",
                "GET /applicant/applications/{id}/summary", "GET /applicant/applications/{id}/organisation",
                "POST /applicant/applications/{id}/organisation", "GET /applicant/applications/{id}/project",
                "POST /applicant/applications/{id}/project", "GET /applicant/applications/{id}/budget",
                "POST /applicant/applications/{id}/budget", "POST /applicant/applications/{id}/submission",
                "POST /applicant/applications/{id}/withdrawal", "POST /applicant/applications/{id}/information");
        expect("APPLICANT", "GET /applicant/applications/{id}/support", "GET /applicant/applications/{id}/compute",
                "POST /applicant/applications/{id}/compute", "GET /applicant/applications/{id}/data", "POST /applicant/applications/{id}/data",
                "GET /applicant/applications/{id}/people", "POST /applicant/applications/{id}/people");
        expect("ADMIN", "GET /admin/gpu-classes", "POST /admin/gpu-classes", "GET /admin/gpu-classes/{code}", "POST /admin/gpu-classes/{code}",
                "POST /admin/gpu-classes/{code}/retirement", "POST /admin/gpu-classes/{code}/reinstatement");
        expect("APPLICANT", "GET /applicant/applications/{id}/results", "POST /applicant/applications/{id}/results",
                "GET /applicant/applications/{id}/attachments", "POST /applicant/applications/{id}/attachments",
                "GET /applicant/applications/{id}/attachments/{attachmentId}",
                "POST /applicant/applications/{id}/attachments/{attachmentId}/removal");
        expect("ADMIN", "GET /admin/applications", "GET /admin/applications/{id}", "GET /admin/applications/{id}/attachments/{attachmentId}");
        expect("ADMIN", "GET /admin/screening", "GET /admin/screening/{taskId}", "POST /admin/screening/{taskId}");
        expect("ADMIN", "GET /admin/sanctions", "POST /admin/sanctions", "GET /admin/sanctions/check", "POST /admin/sanctions/check");
        expect("ADMIN", "GET /admin/reviews", "GET /admin/reviews/tasks/{taskId}", "POST /admin/reviews/tasks/{taskId}",
                "GET /admin/reviews/applications/{applicationId}", "POST /admin/reviews/applications/{applicationId}/information");
        expect("REVIEWER", "GET /reviewer/reviews", "GET /reviewer/reviews/{id}", "POST /reviewer/reviews/{id}/declaration",
                "POST /reviewer/reviews/{id}/scores");
        expect("REVIEWER", "GET /reviewer");
        expect("BOARD_MEMBER", "GET /board");
        // issue 7, due diligence: endpoints here
        expect("ADMIN", "GET /admin/diligence", "GET /admin/diligence/{taskId}", "POST /admin/diligence/{taskId}");
        // (end of due diligence)

        // issue 7, board: endpoints here
        expect("ADMIN", "GET /admin/board", "POST /admin/board/meetings", "GET /admin/board/meetings/{id}",
                "GET /admin/board/meetings/{id}/items/new", "POST /admin/board/meetings/{id}/items", "POST /admin/board/items/{itemId}/removal",
                "GET /admin/board/meetings/{id}/packet", "GET /admin/board/revisions/{taskId}", "POST /admin/board/revisions/{taskId}");
        expect("BOARD_MEMBER", "GET /board/meetings/{id}", "POST /board/meetings/{id}/attendance", "GET /board/meetings/{id}/packet",
                "GET /board/meetings/{meetingId}/items/{itemId}", "POST /board/items/{itemId}/conflict", "POST /board/items/{itemId}/motions",
                "POST /board/motions/{motionId}/vote", "POST /board/motions/{motionId}/close");
        // (end of board)

        // issue 7, grant agreement: endpoints here
        expect("APPLICANT", "GET /applicant/grants", "GET /applicant/grants/{id}", "GET /applicant/grants/{id}/agreement",
                "POST /applicant/grants/{id}/bank-details", "POST /applicant/grants/{id}/acceptance",
                "POST /applicant/grants/{id}/declination");
        expect("FINANCE,ADMIN", "GET /finance/bank-details", "GET /finance/bank-details/{versionId}",
                "POST /finance/bank-details/{versionId}/confirmation");
        // (end of grant agreement)
        expect("DONOR", "GET /donor");
        expect("NODE_OPERATOR", "GET /node");
        expect("MONITOR", "GET /monitor");
        expect("FINANCE,ADMIN", "GET /finance");
        expect("FINANCE,ADMIN", "GET /finance/donors", "POST /finance/donors", "POST /finance/donors/people", "POST /finance/funds", "GET /finance/pledges",
                "POST /finance/pledges", "GET /finance/pledges/{id}", "POST /finance/pledges/{id}/condition-met",
                "POST /finance/pledges/{id}/write-offs", "GET /finance/receipts", "POST /finance/receipts", "GET /finance/unapplied",
                "POST /finance/unapplied/{receiptId}/apply", "POST /finance/unapplied/{receiptId}/return",
                "POST /finance/unapplied/{receiptId}/convert", "GET /finance/books",
                "GET /finance/books/{book}/accounts/{accountId}");
        expect("FINANCE,ADMIN", "GET /api/v1/donors", "POST /api/v1/donors", "GET /api/v1/donors/{id}", "PUT /api/v1/donors/{id}/people/{personId}", "GET /api/v1/funds",
                "POST /api/v1/funds", "GET /api/v1/pledges", "POST /api/v1/pledges", "GET /api/v1/pledges/{id}",
                "POST /api/v1/pledges/{id}/condition-met", "POST /api/v1/pledges/{id}/write-offs", "GET /api/v1/receipts",
                "POST /api/v1/receipts", "GET /api/v1/receipts/{id}", "GET /api/v1/unapplied-receipts",
                "POST /api/v1/unapplied-receipts/{receiptId}/applications", "POST /api/v1/unapplied-receipts/{receiptId}/returns",
                "POST /api/v1/unapplied-receipts/{receiptId}/conversions",
                "GET /api/v1/books", "GET /api/v1/books/{book}/trial-balance", "GET /api/v1/books/{book}/accounts/{accountId}/statement");
        expect("FINANCE,ADMIN", "GET /finance/rates", "POST /finance/rates", "POST /finance/rates/ecb", "POST /finance/rates/{id}/approve",
                "POST /finance/rates/{id}/reject", "GET /finance/fx-conversions", "POST /finance/fx-conversions",
                "GET /api/v1/exchange-rates", "POST /api/v1/exchange-rates", "POST /api/v1/exchange-rates/{id}/approval",
                "POST /api/v1/exchange-rates/ecb", "GET /api/v1/exchange-rates/quote", "POST /api/v1/fx-conversions", "GET /api/v1/fx-conversions");
        expect("ADMIN", "GET /admin/calls", "GET /admin/calls/new", "POST /admin/calls", "GET /admin/calls/{id}", "POST /admin/calls/{id}",
                "POST /admin/calls/{id}/funds", "POST /admin/calls/{id}/closure", "GET /admin/priorities", "POST /admin/priorities",
                "POST /api/v1/calls", "PUT /api/v1/calls/{id}", "POST /api/v1/calls/{id}/closure");
        expect("ADMIN", "GET /admin", "GET /admin/people", "POST /admin/people", "GET /admin/people/{id}",
                "POST /admin/people/{id}/roles", "POST /admin/people/{id}/roles/{role}/revoke", "POST /admin/people/{id}/board-seat",
                "POST /admin/people/{id}/deactivate", "POST /admin/people/{id}/reactivate", "POST /admin/people/{id}/reinvite",
                "GET /api/v1/people", "POST /api/v1/people", "GET /api/v1/people/{id}", "PUT /api/v1/people/{id}/roles/{role}",
                "DELETE /api/v1/people/{id}/roles/{role}", "PUT /api/v1/people/{id}/board-seat",
                "POST /api/v1/people/{id}/deactivation", "POST /api/v1/people/{id}/reactivation",
                "GET /actuator", "GET /actuator/metrics", "GET /actuator/metrics/{requiredMetricName}", "GET /actuator/prometheus");
        // board meetings: moving a docket item to another meeting
        expect("ADMIN", "POST /admin/board/items/{itemId}/move");
        // (end of board meetings)
    }

    private static void open(String... endpoints) {
        expect("ANONYMOUS", endpoints);
    }

    private static void expect(String who, String... endpoints) {
        for (String endpoint : endpoints) {
            EXPECTED.put(endpoint, Set.of(who.split(",")));
        }
    }

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired PeopleService people;
    @Autowired PersonRepository repository;

    final Map<Role, Person> personWith = new LinkedHashMap<>();

    @BeforeEach
    void onePersonPerRole() {
        for (Role role : Role.values()) {
            String email = "access." + role.name().toLowerCase() + "@test.example";
            personWith.put(role, repository.findByEmail(email)
                    .orElseGet(() -> people.createActive(null, email, "Access " + role, "access-password-1", EnumSet.of(role))));
        }
    }

    @Test
    void everyExposedEndpointHasAnAccessRule() {
        Set<String> exposed = exposedEndpoints();

        assertThat(exposed).as("endpoints without an expected-access rule in this test").isSubsetOf(EXPECTED.keySet());
        assertThat(EXPECTED.keySet()).as("rules for endpoints that no longer exist").isSubsetOf(exposed);
    }

    @Test
    void eachRoleReachesExactlyTheEndpointsOpenToIt() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String endpoint : exposedEndpoints()) {
            Set<String> allowed = EXPECTED.get(endpoint);
            if (allowed == null) {
                continue;
            }
            if (!reached(endpoint, null) == allowed.contains("ANONYMOUS")) {
                wrong.add(endpoint + " as anonymous");
            }
            for (Role role : Role.values()) {
                boolean expected = allowed.contains("ANONYMOUS") || allowed.contains("AUTHENTICATED") || allowed.contains(role.name());
                if (reached(endpoint, personWith.get(role)) != expected) {
                    wrong.add(endpoint + " as " + role + (expected ? " (should reach it)" : " (should be refused)"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void camundaWebappsAndRestApiAreForStaffOnly() throws Exception {
        for (Role role : Role.values()) {
            boolean staff = role == Role.ADMIN || role == Role.FINANCE;
            assertThat(reached("GET /camunda/app/cockpit/default/", personWith.get(role))).as("cockpit as " + role).isEqualTo(staff);
            assertThat(reached("GET /engine-rest/engine", personWith.get(role))).as("engine-rest as " + role)
                    .isEqualTo(role == Role.ADMIN);
        }
        assertThat(reached("GET /camunda/app/cockpit/default/", null)).isFalse();
        assertThat(reached("GET /engine-rest/engine", null)).isFalse();
    }

    /** Whether the request got past security: anything but 401, 403 or a redirect to the login page. */
    private boolean reached(String endpoint, Person person) throws Exception {
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1].replace("/**", "/liveness").replaceAll("\\{role}", "MONITOR").replaceAll("\\{accountId}", "0")
                .replaceAll("\\{[^}]+}", "unknown-id");
        var builder = request(HttpMethod.valueOf(parts[0]), path).with(csrf());
        if (person != null) {
            builder = builder.with(httpBasic(person.email(), "access-password-1"));
        }
        MvcResult result = mvc.perform(builder).andReturn();
        int status = result.getResponse().getStatus();
        String redirect = result.getResponse().getRedirectedUrl();
        return status != 401 && status != 403 && (redirect == null || !redirect.contains("/login"));
    }

    private Set<String> exposedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> add(endpoints, info)));
        return endpoints;
    }

    private static void add(Set<String> endpoints, RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        Set<String> patterns = info.getPatternValues();
        for (String pattern : patterns) {
            if (methods.isEmpty()) {
                endpoints.add("GET " + pattern);
            }
            methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
        }
    }
}
