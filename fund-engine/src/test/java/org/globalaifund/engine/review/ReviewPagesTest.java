package org.globalaifund.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.call.ReviewCriterion;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.review.ReviewAssignment.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The reviewer's and ADMIN's review pages through the web layer: what each sees, messages next to fields, 404s. */
@FundEngineTest
class ReviewPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ReviewFixtures fx;
    @Autowired ReviewAssignment assignment;
    @Autowired ReviewRepository repository;

    Person admin;
    Person applicant;
    Person first;
    Person second;
    Application app;

    @BeforeEach
    void aScreenedApplication() {
        admin = fx.person(Role.ADMIN);
        applicant = fx.person(Role.APPLICANT);
        first = fx.person(Role.REVIEWER);
        second = fx.person(Role.REVIEWER);
        app = fx.screened(applicant, "Nairobi Clinic Data Trust", admin);
    }

    @Test
    void adminAssignsTheSuggestedReviewersOnTheTaskPage() throws Exception {
        String taskId = taskId(Kind.FIRST);
        assertThat(page(get("/admin/reviews"), admin)).contains("Assign reviewers", "Triage models");
        String form = page(get("/admin/reviews/tasks/" + taskId), admin);
        assertThat(form).contains("Nairobi Clinic Data Trust", first.displayName(), second.displayName(), "(0 open)");

        String refused = page(post("/admin/reviews/tasks/" + taskId).with(csrf()).param("reviewers", first.id())
                .param("dueOn", fx.today().plusDays(21).toString()), admin);
        assertThat(refused).contains("There is a problem", "id=\"reviewers-error\"", "Choose from 2 to 3 reviewers.");
        assertThat(repository.ofApplication(app.id())).isEmpty();

        mvc.perform(post("/admin/reviews/tasks/" + taskId).with(as(admin)).with(csrf()).param("reviewers", first.id(), second.id())
                .param("dueOn", fx.today().plusDays(21).toString())).andExpect(redirectedUrl("/admin/reviews"));
        fx.runJobs(app.id());
        assertThat(repository.ofApplication(app.id())).hasSize(2);
        assertThat(page(get("/admin/reviews/applications/" + app.id()), admin)).contains(first.displayName(), "Declaration needed");
    }

    @Test
    void aReviewerSeesTitleOrganisationAndCountryUntilTheyDeclareThenTheWholeApplication() throws Exception {
        Review review = assign().get(0);
        String before = page(get("/reviewer/reviews/" + review.id()), first);
        assertThat(before).contains("Triage models", "Nairobi Clinic Data Trust", "Kenya", "I have no conflict of interest")
                .doesNotContain("Models for rural clinics.", "12,000.00");
        assertThat(page(get("/reviewer/reviews"), first)).contains("Triage models", "Declaration needed");

        String refused = page(post("/reviewer/reviews/" + review.id() + "/declaration").with(csrf()).param("choice", "CONFLICT"), first);
        assertThat(refused).contains("id=\"reason-error\"", "Give the reason for the conflict");

        mvc.perform(post("/reviewer/reviews/" + review.id() + "/declaration").with(as(first)).with(csrf()).param("choice", "NO_CONFLICT"))
                .andExpect(redirectedUrl("/reviewer/reviews/" + review.id()));
        String after = page(get("/reviewer/reviews/" + review.id()), first);
        assertThat(after).contains("Models for rural clinics.", "Your scores", "score_SDG_IMPACT");

        var scores = post("/reviewer/reviews/" + review.id() + "/scores").with(csrf());
        for (ReviewCriterion c : ReviewCriterion.values()) {
            scores.param("score_" + c.name(), c == ReviewCriterion.FEASIBILITY ? "9" : "4").param("comment_" + c.name(), "Solid plan.");
        }
        assertThat(page(scores, first)).contains("id=\"score_FEASIBILITY-error\"", "Choose a score from 1 to 5.");
        assertThat(repository.find(review.id()).orElseThrow().status()).isEqualTo(ReviewStatus.DECLARED);
    }

    @Test
    void anotherReviewerAnApplicantAndAConflictedReviewerGetNotFound() throws Exception {
        List<Review> reviews = assign();
        Person outsider = fx.person(Role.REVIEWER);
        for (Person someone : List.of(second, outsider)) {
            mvc.perform(get("/reviewer/reviews/" + reviews.get(0).id()).with(as(someone))).andExpect(status().isNotFound());
            mvc.perform(post("/reviewer/reviews/" + reviews.get(0).id() + "/declaration").with(as(someone)).with(csrf())
                    .param("choice", "NO_CONFLICT")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/reviewer/reviews/no-such-review").with(as(first))).andExpect(status().isNotFound());
        mvc.perform(get("/reviewer/reviews/" + reviews.get(0).id()).with(as(applicant))).andExpect(status().isForbidden());

        mvc.perform(post("/reviewer/reviews/" + reviews.get(0).id() + "/declaration").with(as(first)).with(csrf())
                .param("choice", "CONFLICT").param("reason", "Former employer.")).andExpect(redirectedUrl("/reviewer/reviews"));
        mvc.perform(get("/reviewer/reviews/" + reviews.get(0).id()).with(as(first))).andExpect(status().isNotFound());
        assertThat(page(get("/reviewer/reviews"), first)).doesNotContain("Triage models");
        fx.runJobs(app.id());
        assertThat(page(get("/admin/reviews/tasks/" + taskId(Kind.ANOTHER)), admin)).contains("Conflict declared: Former employer.");
    }

    @Test
    void adminAsksTheApplicantAQuestionDuringReview() throws Exception {
        assign();
        String refused = page(post("/admin/reviews/applications/" + app.id() + "/information").with(csrf()).param("question", "")
                .param("dueOn", fx.today().plusDays(5).toString()), admin);
        assertThat(refused).contains("id=\"question-error\"");

        mvc.perform(post("/admin/reviews/applications/" + app.id() + "/information").with(as(admin)).with(csrf())
                .param("question", "How many clinics?").param("dueOn", fx.today().plusDays(5).toString()))
                .andExpect(redirectedUrl("/admin/reviews/applications/" + app.id()));
        fx.runJobs(app.id());
        assertThat(page(get("/applicant/applications/" + app.id()), applicant)).contains("How many clinics?", "Send the answer",
                "The reviewers need more information");
    }

    private List<Review> assign() {
        List<Review> reviews = assignment.assign(taskId(Kind.FIRST), admin.id(), List.of(first.id(), second.id()), fx.today().plusDays(21));
        fx.runJobs(app.id());
        return reviews;
    }

    private String taskId(Kind kind) {
        return assignment.openTasks().stream().filter(t -> t.applicationId().equals(app.id()) && t.kind() == kind).findFirst()
                .orElseThrow().taskId();
    }

    private String page(MockHttpServletRequestBuilder request, Person person) throws Exception {
        return mvc.perform(request.with(as(person))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static RequestPostProcessor as(Person person) {
        return httpBasic(person.email(), ReviewFixtures.PASSWORD);
    }
}
