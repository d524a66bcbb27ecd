package org.globalaifund.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.engine.db.Tables.REVIEW;
import static org.globalaifund.engine.db.Tables.REVIEW_RESULT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationScreening;
import org.globalaifund.engine.application.ApplicationScreening.ScreeningTask;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.application.InKindRequests;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.contribution.DonorService;
import org.globalaifund.engine.db.tables.records.ReviewRecord;
import org.globalaifund.engine.demo.DemoProperties.DemoPerson;
import org.globalaifund.engine.node.NetworkNode;
import org.globalaifund.engine.node.NetworkNodeService;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.review.ReviewAssignment;
import org.globalaifund.engine.review.ReviewAssignment.AssignmentTask;
import org.globalaifund.engine.review.ReviewAssignment.Kind;
import org.globalaifund.engine.review.ReviewService;
import org.globalaifund.engine.review.ReviewStatus;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The demo profile: every demo person logs in and lands in their area; the fund is populated, once, with applications
 * to the demo call in every state from draft to reviewed (the job executor is off here: the seeder runs the jobs).
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:fund-demo;DB_CLOSE_DELAY=-1", "fund.admin.email=", "fund.admin.password=",
        "camunda.bpm.process-engine-name=demo"})
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoDataTest {

    @Autowired MockMvc mvc;
    @Autowired DemoProperties demo;
    @Autowired DemoSeeder seeder;
    @Autowired PeopleService people;
    @Autowired DonorService donors;
    @Autowired NetworkNodeService nodes;
    @Autowired CallService calls;
    @Autowired org.globalaifund.engine.application.ApplicationService applications;
    @Autowired org.globalaifund.engine.people.PersonRepository personRepository;
    @Autowired org.globalaifund.engine.finance.BookReports reports;
    @Autowired org.globalaifund.engine.finance.fx.ExchangeRates rates;
    @Autowired org.globalaifund.engine.contribution.PledgeService pledgeService;
    @Autowired org.globalaifund.engine.contribution.ReceiptService receiptService;
    @Autowired ApplicationScreening screening;
    @Autowired InKindRequests inKind;
    @Autowired ReviewAssignment assignment;
    @Autowired ReviewService reviewService;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired org.globalaifund.engine.board.BoardDocket boardDocket;
    @Autowired org.globalaifund.engine.board.BoardVoting boardVoting;
    @Autowired org.globalaifund.engine.board.BoardRevision boardRevision;
    @Autowired org.globalaifund.engine.grant.GrantService grantService;
    @Autowired org.globalaifund.engine.grant.GrantBankAccounts bankAccounts;
    @Autowired org.globalaifund.engine.diligence.DiligenceDecisions diligenceDecisions;
    @Autowired org.globalaifund.engine.finance.FundLedger fundLedger;
    @Autowired DSLContext dsl;

    @Test
    void everyDemoPersonLogsInAndLandsInTheirOwnArea() throws Exception {
        assertThat(demo.people().stream().flatMap(p -> p.roles().stream()).collect(Collectors.toSet()))
                .as("one demo person per role").containsExactlyInAnyOrder(Role.values());
        for (DemoPerson person : demo.people()) {
            Role role = person.roles().iterator().next();
            MvcResult login = mvc.perform(formLogin().user(person.email()).password(person.password())).andReturn();
            assertThat(login.getResponse().getRedirectedUrl()).as(person.email()).endsWith(role.area());
            MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
            mvc.perform(get(role.area()).session(session)).andExpect(status().isOk());
        }
    }

    @Test
    void theDemoFundHasThreeKindsOfDonorNodesInThreeRegionsAndAnOpenCall() {
        assertThat(donors.all()).extracting(d -> d.organisationType()).contains("10", "70", "60");
        Set<String> regions = nodes.all().stream().map(NetworkNode::region).map(r -> r.m49()).collect(Collectors.toSet());
        assertThat(regions).hasSizeGreaterThanOrEqualTo(3);
        assertThat(calls.openOn(LocalDate.now())).isNotEmpty();
        assertThat(people.withRole(Role.BOARD_MEMBER)).anyMatch(p -> p.chair() && p.constituency() != null);
    }

    @Test
    void theDemoBooksBalancePerBookAndPerFundAndShowEveryKindOfContribution() {
        assertThat(reports.books()).extracting(b -> b.code()).contains("FIN-USD", "FIN-EUR", "FIN-GBP", "BUD-USD", "BUD-EUR");
        for (var book : reports.books()) {
            assertThat(reports.trialBalance(book.code(), null, null).balanced()).as(book.code()).isTrue();
            reports.perFund(book.code(), null).forEach((fund, trial) ->
                    assertThat(trial.balanced()).as(book.code() + " fund " + fund).isTrue());
        }
        var all = pledgeService.list(null);
        assertThat(all).anyMatch(p -> p.conditional() && p.status() == org.globalaifund.engine.contribution.Pledge.Status.AWAITING_CONDITION);
        assertThat(all).anyMatch(p -> p.discountMinor() > 0);
        assertThat(all).anyMatch(p -> p.fundCode().equals("UNRESTRICTED"));
        assertThat(all).anyMatch(p -> !p.fundCode().equals("UNRESTRICTED"));
        assertThat(receiptService.unapplied()).isNotEmpty();
        assertThat(rates.quote("GBP", "USD", LocalDate.now()).rate()).as("the demo has today's rates").isPositive();
        assertThat(receiptService.all()).anyMatch(r -> r.applied().isPositive() && r.pledgeId() != null
                && pledgeService.get(r.pledgeId()).outstanding().isPositive());
    }

    @Test
    void theDemoApplicantOwnsApplicationsInEveryStateFromDraftToAcceptedGrant() {
        var mine = applications.mine(personRepository.findByEmail(DemoApplications.APPLICANT).orElseThrow().id());

        assertThat(mine).allMatch(a -> a.callId().equals(demoCall().id()))
                .extracting(a -> a.status().name()).containsExactlyInAnyOrder("DRAFT", "SUBMITTED", "INELIGIBLE", "IN_REVIEW",
                        "READY_FOR_BOARD", "OFFERED", "COMMITTED");
    }

    @Test
    void theBoardsFirstMeetingApprovedRejectedAndSentBackAndTheNextHasAnItemOnItsDocket() {
        var meetings = boardDocket.meetings();
        assertThat(meetings).hasSize(2);
        Application accepted = demoApplication(DemoApplications.ACCEPTED_ORG);
        Application offered = demoApplication(DemoApplications.OFFERED_ORG);
        Application rejected = demoApplication(DemoApplications.REJECTED_ORG);
        Application sentBack = demoApplication(DemoApplications.SENT_BACK_ORG);
        Application upcoming = demoApplication(DemoApplications.REVIEWED_ORG);

        assertThat(accepted.status()).isEqualTo(ApplicationStatus.COMMITTED);
        assertThat(offered.status()).isEqualTo(ApplicationStatus.OFFERED);
        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(sentBack.status()).isEqualTo(ApplicationStatus.SENT_BACK);
        assertThat(upcoming.status()).isEqualTo(ApplicationStatus.READY_FOR_BOARD);
        var items = meetings.stream().flatMap(m -> boardDocket.items(m.id()).stream()).toList();
        assertThat(items).extracting(i -> i.status().name() + " " + i.outcome()).containsExactlyInAnyOrder("DECIDED APPROVED",
                "DECIDED APPROVED", "DECIDED REJECTED", "DECIDED SENT_BACK", "OPEN null");
        var offeredItem = items.stream().filter(i -> i.applicationId().equals(offered.id())).findFirst().orElseThrow();
        assertThat(boardVoting.motions(offeredItem.id())).extracting(m -> m.kind().name() + " " + m.status().name())
                .containsExactly("APPROVE_AS_DRAFTED FAILED", "APPROVE_AMENDED CARRIED");
        assertThat(boardVoting.approval(offered.id()).orElseThrow().conditions()).contains("data-protection");
        assertThat(boardRevision.openTasks()).extracting(t -> t.applicationId()).contains(sentBack.id());
    }

    @Test
    void theAcceptedGrantIsCommittedInTheLedgerWithAConfirmedBankAccountAndTheOfferWaits() {
        Application accepted = demoApplication(DemoApplications.ACCEPTED_ORG);
        var grant = grantService.ofApplication(accepted.id()).orElseThrow();
        assertThat(grant.status().name()).isEqualTo("COMMITTED");
        long committed = demoCall().fundCodes().stream().mapToLong(fund -> fundLedger.balance(
                org.globalaifund.engine.finance.ChartAccount.COMMITTED, "USD", fund,
                org.globalaifund.ledger.Dimensions.NONE.withGrant(grant.reference()))).sum();
        assertThat(committed).isEqualTo(9_500_000L);
        assertThat(bankAccounts.payableBankAccount(grant.id())).isPresent();
        assertThat(grantService.ofApplication(demoApplication(DemoApplications.OFFERED_ORG).id()).orElseThrow().status().name())
                .isEqualTo("OFFERED");
    }

    @Test
    void anApplicationWhoseTreasurerSharesANameWithAListedAliasIsHeldForAdmin() {
        Application held = demoApplication(DemoApplications.HELD_ORG);

        assertThat(held.status()).isEqualTo(ApplicationStatus.DUE_DILIGENCE);
        assertThat(diligenceDecisions.openTasks()).filteredOn(t -> t.applicationId().equals(held.id())).singleElement()
                .satisfies(t -> assertThat(t.screening().awaitsDecision()).isTrue());
    }

    @Test
    void theSubmittedApplicationIsCompleteWithComputeAndWaitsForScreening() {
        Application app = demoApplication(DemoApplications.SUBMITTED_ORG);

        assertThat(app.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(app.indicators()).isNotEmpty();
        assertThat(inKind.of(app.id()).compute()).extracting(line -> line.gpuClass().code()).contains("H100-80GB");
        assertThat(app.missingSteps(inKind.of(app.id()).any())).isEmpty();
        assertThat(screening.openTasks()).extracting(ScreeningTask::applicationId).contains(app.id());
    }

    @Test
    void anApplicationFromACountryTheCallDoesNotCoverIsIneligibleWithItsReason() {
        Application app = demoApplication(DemoApplications.INELIGIBLE_ORG);

        assertThat(app.status()).isEqualTo(ApplicationStatus.INELIGIBLE);
        assertThat(demoCall().countries()).doesNotContain(app.orgCountry());
        assertThat(screening.ineligibleReason(app.id())).contains(ProcessNames.REASON_COUNTRY_NOT_ELIGIBLE);
        assertThat(screening.openTasks()).extracting(ScreeningTask::applicationId).doesNotContain(app.id());
    }

    @Test
    void aScreenedApplicationWaitsForAdminToAssignItsReviewers() {
        Application app = demoApplication(DemoApplications.SCREENED_ORG);

        assertThat(app.status()).isEqualTo(ApplicationStatus.SCREENED);
        assertThat(openTasks(app)).extracting(AssignmentTask::kind).containsExactly(Kind.FIRST);
        assertThat(reviewsOf(app)).isEmpty();
    }

    @Test
    void aConflictOfInterestAsksAdminForAnotherReviewerWhileTheOtherReviewIsSubmitted() {
        Application app = demoApplication(DemoApplications.CONFLICT_ORG);

        assertThat(app.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(openTasks(app)).singleElement().satisfies(task -> {
            assertThat(task.kind()).isEqualTo(Kind.ANOTHER);
            assertThat(task.slot()).isEqualTo(1);
        });
        assertThat(reviewsOf(app)).extracting(r -> r.getSlot() + " " + r.getStatus() + " " + r.getReviewerId())
                .containsExactlyInAnyOrder("1 CONFLICTED " + personId(DemoApplications.REVIEWER3),
                        "2 SUBMITTED " + personId(DemoApplications.REVIEWER));
        assertThat(reviewsOf(app)).filteredOn(r -> r.getStatus().equals("CONFLICTED")).singleElement()
                .satisfies(r -> assertThat(r.getConflictReason()).isNotBlank());
    }

    @Test
    void twoReviewsMoreThanOneAndAHalfApartHaveAThirdReviewOpen() {
        Application app = demoApplication(DemoApplications.THIRD_REVIEW_ORG);

        assertThat(app.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        var reviews = reviewsOf(app);
        var totals = reviews.stream().filter(r -> r.getStatus().equals("SUBMITTED")).map(r -> r.getTotal()).toList();
        assertThat(totals).hasSize(2);
        assertThat(totals.get(0).subtract(totals.get(1)).abs()).isGreaterThan(new BigDecimal("1.50"));
        assertThat(reviews).filteredOn(r -> r.getSlot() == 3).singleElement().satisfies(r -> {
            assertThat(r.getStatus()).isEqualTo("ASSIGNED");
            assertThat(r.getReviewerId()).isEqualTo(personId(DemoApplications.REVIEWER));
        });
        assertThat(openTasks(app)).isEmpty();
        assertThat(dsl.fetchCount(REVIEW_RESULT, REVIEW_RESULT.APPLICATION_ID.eq(app.id()))).isZero();
    }

    @Test
    void aReviewedApplicationHasItsRecommendation() {
        Application app = demoApplication(DemoApplications.REVIEWED_ORG);

        assertThat(app.status()).as("due diligence passed; on the next meeting's docket").isEqualTo(ApplicationStatus.READY_FOR_BOARD);
        var result = dsl.selectFrom(REVIEW_RESULT).where(REVIEW_RESULT.APPLICATION_ID.eq(app.id())).fetchOne();
        assertThat(result).isNotNull();
        assertThat(result.getReviewCount()).isEqualTo(2);
        assertThat(result.getRecommendation()).isEqualTo("FUND");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(app.id())
                .processDefinitionKey(ProcessNames.PROCESS_BOARD_DECISION).count()).isEqualTo(1);
    }

    @Test
    void theDemoReviewerHasAReviewToDeclareAndSubmittedOnesAndSeesThemOnTheirPage() throws Exception {
        String reviewer = personId(DemoApplications.REVIEWER);

        assertThat(reviewService.mine(reviewer)).extracting(i -> i.review().status())
                .contains(ReviewStatus.ASSIGNED, ReviewStatus.SUBMITTED);
        DemoPerson person = demo.people().stream().filter(p -> p.email().equals(DemoApplications.REVIEWER)).findFirst().orElseThrow();
        MvcResult login = mvc.perform(formLogin().user(person.email()).password(person.password())).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        mvc.perform(get("/reviewer/reviews").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(DemoApplications.THIRD_REVIEW_ORG)));
    }

    @Test
    void seedingAgainAddsNothing() {
        int people = this.people.all().size();
        int donors = this.donors.all().size();
        int nodes = this.nodes.all().size();
        int calls = this.calls.all().size();
        int receipts = receiptService.all().size();
        int applicationCount = applications.all().size();
        int reviews = dsl.fetchCount(REVIEW);
        int results = dsl.fetchCount(REVIEW_RESULT);
        long processes = runtime.createProcessInstanceQuery().count();
        long tasks = taskService.createTaskQuery().count();
        long jobs = management.createJobQuery().count();
        int meetings = boardDocket.meetings().size();
        int grants = grantService.all().size();

        seeder.run(null);

        assertThat(boardDocket.meetings()).hasSize(meetings);
        assertThat(grantService.all()).hasSize(grants);
        assertThat(this.people.all()).hasSize(people);
        assertThat(this.donors.all()).hasSize(donors);
        assertThat(this.nodes.all()).hasSize(nodes);
        assertThat(this.calls.all()).hasSize(calls);
        assertThat(receiptService.all()).hasSize(receipts);
        assertThat(applications.all()).hasSize(applicationCount);
        assertThat(dsl.fetchCount(REVIEW)).isEqualTo(reviews);
        assertThat(dsl.fetchCount(REVIEW_RESULT)).isEqualTo(results);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processes);
        assertThat(taskService.createTaskQuery().count()).isEqualTo(tasks);
        assertThat(management.createJobQuery().count()).isEqualTo(jobs);
    }

    private FundingCall demoCall() {
        return calls.findByRef(DemoApplications.CALL).orElseThrow();
    }

    private Application demoApplication(String organisation) {
        List<Application> found = applications.all().stream().filter(a -> organisation.equals(a.orgName())).toList();
        assertThat(found).as(organisation).hasSize(1);
        return found.get(0);
    }

    private List<AssignmentTask> openTasks(Application app) {
        return assignment.openTasks().stream().filter(t -> t.applicationId().equals(app.id())).toList();
    }

    private List<ReviewRecord> reviewsOf(Application app) {
        return dsl.selectFrom(REVIEW).where(REVIEW.APPLICATION_ID.eq(app.id())).orderBy(REVIEW.SLOT, REVIEW.ATTEMPT).fetch();
    }

    private String personId(String email) {
        return personRepository.findByEmail(email).orElseThrow().id();
    }
}
