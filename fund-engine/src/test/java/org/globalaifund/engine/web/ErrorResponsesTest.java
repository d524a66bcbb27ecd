package org.globalaifund.engine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Unknown addresses and failures through the real servlet container (error dispatch included):
 * a 404 page for people, problem+json for the API, and never a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:fund-errors;DB_CLOSE_DELAY=-1", "camunda.bpm.process-engine-name=errors"})
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc
@org.springframework.test.context.ActiveProfiles("test")
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
class ErrorResponsesTest {

    @Autowired TestRestTemplate http;
    @Autowired MockMvc mvc;

    @Test
    void anUnknownPageAnswersA404PageWithoutInternals() {
        ResponseEntity<String> response = exchange("/no/such/page", MediaType.TEXT_HTML);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(response.getBody()).contains("Not found").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void anUnknownApiAddressAnswersProblemJson() {
        ResponseEntity<String> response = exchange("/api/v1/no-such-thing", MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(response.getBody()).contains("\"type\":\"https://globalaifund.example/problems/not-found\"")
                .doesNotContain("trace").doesNotContain("Exception");
    }

    @Test
    void anApiCallWithoutCredentialsAnswersProblemJson401() {
        ResponseEntity<String> response = exchange("/api/v1/people", MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getBody()).contains("problems/unauthenticated");
    }

    @Test
    void aMalformedRequestBodyAnswersProblemJsonWithoutParserDetails() throws Exception {
        var result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/people")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("first.admin@test.example", "first-admin-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(result.getResponse().getContentAsString()).doesNotContain("jackson").doesNotContain("Unexpected character");
    }

    @Test
    void someoneElsesOrAMissingPersonIsNotFoundForAPage() throws Exception {
        var result = mvc.perform(get("/calls/does-not-exist")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
    }

    private ResponseEntity<String> exchange(String path, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(java.util.List.of(accept));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
