package org.globalaifund.engine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.engine.db.Tables.DONOR;
import static org.globalaifund.engine.db.Tables.FUND_DEFINITION;
import static org.globalaifund.engine.db.Tables.RECEIPT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.CallTerms;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.call.PriorityArea;
import org.globalaifund.engine.contribution.Donor;
import org.globalaifund.engine.contribution.DonorService;
import org.globalaifund.engine.contribution.Fund;
import org.globalaifund.engine.contribution.FundService;
import org.globalaifund.engine.contribution.PledgeService;
import org.globalaifund.engine.contribution.Receipt;
import org.globalaifund.engine.contribution.ReceiptService;
import org.globalaifund.engine.contribution.RestrictedPurpose;
import org.globalaifund.engine.finance.BookReports;
import org.globalaifund.engine.finance.ChartAccount;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.engine.finance.fx.ExchangeRates;
import org.globalaifund.engine.finance.fx.FxConversion;
import org.globalaifund.engine.finance.fx.FxConversions;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.globalaifund.ledger.AccountKey;
import org.globalaifund.ledger.Dimensions;
import org.globalaifund.ledger.Statement;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every JSON list of the API answers a page at a time: {@code {"items": [...], "next": cursor|null}}, keyset order,
 * every row exactly once across pages, filters across pages, and a 400 naming {@code limit} or {@code cursor}.
 */
@FundEngineTest
class ApiPaginationTest {

    static final String STAFF = "paging.staff@test.example";
    static final String PASSWORD = "a-long-password-1";
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Autowired MockMvc mvc;
    @Autowired Clock clock;
    @Autowired ObjectMapper json;
    @Autowired DSLContext dsl;
    @Autowired TransactionTemplate tx;
    @Autowired PeopleService people;
    @Autowired PersonRepository repository;
    @Autowired DonorService donors;
    @Autowired FundService funds;
    @Autowired PledgeService pledges;
    @Autowired ReceiptService receipts;
    @Autowired CallService calls;
    @Autowired FxConversions conversions;
    @Autowired ExchangeRates rates;
    @Autowired FundLedger ledger;
    @Autowired BookReports books;

    String staffId;

    @BeforeEach
    void staffWhoMaySeeEveryList() {
        staffId = repository.findByEmail(STAFF).map(Person::id).orElseGet(() -> people.createActive(null, STAFF, "Paging Staff",
                PASSWORD, EnumSet.of(Role.ADMIN, Role.FINANCE)).id());
    }

    @Test
    void donorsComeByNameEachExactlyOnceAndTheLastPageSaysNoNext() throws Exception {
        for (int i = 0; i < 5; i++) {
            donor();
        }

        List<String> paged = ids(pageThrough("/api/v1/donors", 2, staff()), "id");

        assertThat(paged).hasSizeGreaterThanOrEqualTo(5)
                .containsExactlyElementsOf(dsl.select(DONOR.ID).from(DONOR).orderBy(DONOR.NAME, DONOR.ID).fetch(DONOR.ID));
    }

    @Test
    void fundsComeInTheirListOrderEachExactlyOnce() throws Exception {
        Donor donor = donor();
        funds.restricted(null, donor.id(), RestrictedPurpose.SDG_GOAL, "3");
        funds.restricted(null, donor.id(), RestrictedPurpose.SDG_GOAL, "4");
        funds.restricted(null, donor.id(), RestrictedPurpose.SDG_GOAL, "5");

        List<String> paged = ids(pageThrough("/api/v1/funds", 2, staff()), "code");

        assertThat(paged).containsExactlyElementsOf(funds.all().stream().map(Fund::code).toList());
    }

    @Test
    void aDonorFilterAppliesAcrossPagesInPledgeDateOrder() throws Exception {
        Donor donor = donor();
        donor(); // another donor's pledges must not appear
        List<String> expected = new ArrayList<>();
        for (int day = 5; day >= 1; day--) {
            expected.add(pledge(donor, DAY.plusDays(day)));
        }

        List<JsonNode> paged = pageThrough("/api/v1/pledges?donorId=" + donor.id(), 2, staff());

        assertThat(ids(paged, "id")).containsExactlyElementsOf(expected);
        assertThat(paged).allSatisfy(p -> assertThat(p.get("donorId").asText()).isEqualTo(donor.id()));
    }

    @Test
    void aPledgeAddedBetweenTwoPagesIsNeitherRepeatedNorSkipsARowAlreadyOrderedBeforeIt() throws Exception {
        Donor donor = donor();
        List<String> expected = new ArrayList<>();
        for (int day = 5; day >= 1; day--) {
            expected.add(pledge(donor, DAY.plusDays(day)));
        }
        JsonNode first = page("/api/v1/pledges?donorId=" + donor.id() + "&limit=2", null, staff());

        pledge(donor, DAY.plusDays(10)); // orders before the cursor: belongs to page 1, which was already read
        String later = pledge(donor, DAY); // orders after every row read so far
        List<String> rest = ids(pageThrough("/api/v1/pledges?donorId=" + donor.id(), 2, staff(), first.get("next").asText()), "id");

        assertThat(ids(List.copyOf(items(first)), "id")).containsExactlyElementsOf(expected.subList(0, 2));
        assertThat(rest).containsExactly(expected.get(2), expected.get(3), expected.get(4), later);
    }

    @Test
    void receiptsAndOpenUnappliedReceiptsComeNewestFirstAndAReturnedReceiptLeavesTheUnappliedList() throws Exception {
        Donor donor = donor();
        List<Receipt> mine = new ArrayList<>();
        for (int day = 1; day <= 4; day++) {
            mine.add(receipts.record(staffId, UUID.randomUUID().toString(),
                    new ReceiptService.NewReceipt(null, donor.id(), "EUR", "10.00", DAY.plusDays(day), "paging " + day)));
        }
        receipts.returnUnapplied(staffId, UUID.randomUUID().toString(), mine.get(0).id(), "10.00", "sent back");

        List<String> all = ids(pageThrough("/api/v1/receipts", 2, staff()), "id");
        List<String> unapplied = ids(pageThrough("/api/v1/unapplied-receipts", 2, staff()), "id");

        List<String> newestFirst = dsl.select(RECEIPT.ID).from(RECEIPT)
                .orderBy(RECEIPT.RECEIVED_ON.desc(), RECEIPT.CREATED_AT.desc(), RECEIPT.ID.desc()).fetch(RECEIPT.ID);
        Set<String> open = Set.copyOf(receipts.unapplied().stream().map(Receipt::id).toList());
        assertThat(all).containsExactlyElementsOf(newestFirst);
        assertThat(unapplied).containsExactlyElementsOf(newestFirst.stream().filter(open::contains).toList())
                .contains(mine.get(1).id(), mine.get(2).id(), mine.get(3).id()).doesNotContain(mine.get(0).id());
    }

    @Test
    void anyoneReadsPublishedCallsAPageAtATimeAndNeverADraft() throws Exception {
        String admin = staffId;
        for (int i = 0; i < 3; i++) {
            calls.create(admin, callTerms(40 + i), true);
        }
        FundingCall draft = calls.create(admin, callTerms(45), false);

        List<String> paged = ids(pageThrough("/api/v1/calls", 2, anonymous()), "id");

        assertThat(paged).containsExactlyElementsOf(calls.published().stream().map(FundingCall::id).toList())
                .doesNotContain(draft.id());
    }

    @Test
    void peopleComeByNameEachExactlyOnce() throws Exception {
        for (int i = 0; i < 3; i++) {
            people.createActive(null, "paging." + UUID.randomUUID() + "@test.example", "Paging " + i, PASSWORD, EnumSet.of(Role.APPLICANT));
        }

        List<String> paged = ids(pageThrough("/api/v1/people", 2, staff()), "id");

        assertThat(paged).containsExactlyElementsOf(people.all().stream().map(Person::id).toList());
    }

    @Test
    void conversionsComeNewestFirstEachExactlyOnce() throws Exception {
        String fund = openFund();
        receive(fund, 100_00, DAY);
        for (int i = 0; i < 3; i++) {
            conversions.convert(staffId, UUID.randomUUID().toString(), new FxConversions.Request(fund, "EUR", "XOF", "10.00", DAY));
        }

        List<String> paged = ids(pageThrough("/api/v1/fx-conversions", 2, staff()), "id");

        assertThat(paged).hasSizeGreaterThanOrEqualTo(3)
                .containsExactlyElementsOf(conversions.all().stream().map(FxConversion::id).toList());
    }

    @Test
    void usableRatesComeByCurrencyAPageAtATime() throws Exception {
        List<String> paged = ids(pageThrough("/api/v1/exchange-rates?on=2026-11-30", 1, staff()), "currency");

        assertThat(paged).hasSizeGreaterThanOrEqualTo(3).contains("EUR", "XAF", "XOF")
                .containsExactlyElementsOf(rates.usableOn(LocalDate.of(2026, 11, 30)).stream().map(r -> r.currency()).toList());
    }

    @Test
    void booksComeByCodeEachExactlyOnce() throws Exception {
        ledger.ledger().books().create("FIN-CHF");
        ledger.ledger().books().create("BUD-CHF");
        ledger.ledger().books().create("FIN-SEK");

        List<String> paged = ids(pageThrough("/api/v1/books", 2, staff()), "code");

        assertThat(paged).containsExactlyElementsOf(books.books().stream().map(b -> b.code()).toList());
    }

    @Test
    void aStatementsRunningBalanceContinuesFromOnePageToTheNext() throws Exception {
        String fund = openFund();
        for (int i = 1; i <= 5; i++) {
            receive(fund, i * 100L, DAY.plusDays(i));
        }
        long cash = cashAccount(fund);
        String url = "/api/v1/books/FIN-EUR/accounts/" + cash + "/statement?from=" + DAY.plusDays(2);

        JsonNode first = page(url + "&limit=2", null, staff());
        JsonNode second = page(url + "&limit=2", first.get("next").asText(), staff());

        assertThat(first.get("broughtForward").asLong()).isEqualTo(100);
        assertThat(balances(first)).containsExactly(300L, 600L);
        assertThat(first.get("carriedForward").asLong()).isEqualTo(600);
        assertThat(second.get("broughtForward").asLong()).isEqualTo(600);
        assertThat(balances(second)).containsExactly(1000L, 1500L);
        assertThat(second.get("carriedForward").asLong()).isEqualTo(1500);
        assertThat(second.get("next").isNull()).isTrue();
        Statement whole = books.statement("FIN-EUR", cash, DAY.plusDays(2), null);
        assertThat(whole.lines().stream().map(Statement.StatementLine::balance).toList()).containsExactly(300L, 600L, 1000L, 1500L);
    }

    @Test
    void anAccountOfAnotherBookIsStillNotFound() throws Exception {
        String fund = openFund();
        receive(fund, 100L, DAY);

        mvc.perform(get("/api/v1/books/FIN-USD/accounts/" + cashAccount(fund) + "/statement").param("limit", "2").with(staff()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPersonWithoutTheRoleStillMayNotListWithOrWithoutACursor() throws Exception {
        donor();
        donor();
        String cursor = page("/api/v1/donors?limit=1", null, staff()).get("next").asText();
        String applicant = "paging." + UUID.randomUUID() + "@test.example";
        people.createActive(null, applicant, "Paging Applicant", PASSWORD, EnumSet.of(Role.APPLICANT));

        mvc.perform(get("/api/v1/donors").param("limit", "1").param("cursor", cursor).with(httpBasic(applicant, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people").param("limit", "1").with(httpBasic(applicant, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    static final String LISTS = "/api/v1/donors,/api/v1/funds,/api/v1/pledges,/api/v1/receipts,/api/v1/unapplied-receipts,"
            + "/api/v1/calls,/api/v1/people,/api/v1/fx-conversions,/api/v1/exchange-rates,/api/v1/books";

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = {"0", "201", "-1", "abc", "1.5", ""})
    void aLimitThatIsNotAWholeNumberFrom1To200IsRefusedOnEveryList(String limit) throws Exception {
        for (String list : LISTS.split(",")) {
            if (limit.isEmpty()) {
                mvc.perform(get(list).param("limit", " ").with(staff())).andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.errors.limit").exists());
                continue;
            }
            mvc.perform(get(list).param("limit", limit).with(staff()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://globalaifund.example/problems/invalid-input"))
                    .andExpect(jsonPath("$.errors.limit").exists());
        }
    }

    @Test
    void withoutALimitAPageHoldsFiftyRowsAndTwoHundredIsAllowed() throws Exception {
        while (dsl.fetchCount(DONOR) < 51) {
            donor();
        }

        assertThat(items(page("/api/v1/donors", null, staff()))).hasSize(50);
        assertThat(items(page("/api/v1/donors?limit=200", null, staff()))).hasSize(Math.min(200, dsl.fetchCount(DONOR)));
    }

    @Test
    void aCursorThatIsGarbageTamperedOrOfAnotherListIsRefusedNamingTheCursor() throws Exception {
        donor();
        donor();
        String donorsCursor = page("/api/v1/donors?limit=1", null, staff()).get("next").asText();
        char flipped = donorsCursor.charAt(3) == 'A' ? 'B' : 'A';
        String tampered = donorsCursor.substring(0, 3) + flipped + donorsCursor.substring(4);

        for (String list : LISTS.split(",")) {
            for (String cursor : List.of("not-a-cursor", "%%%", "abc.def", tampered, donorsCursor)) {
                if (list.equals("/api/v1/donors") && cursor.equals(donorsCursor)) {
                    continue;
                }
                mvc.perform(get(list).param("cursor", cursor).with(staff()))
                        .andExpect(status().isBadRequest())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.errors.cursor").exists());
            }
        }
        mvc.perform(get("/api/v1/donors").param("cursor", donorsCursor).with(staff())).andExpect(status().isOk());
    }

    @Test
    void theOpenApiDocumentGivesEveryListItsLimitAndCursorAndSaysNextIsNullOnTheLastPage() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());

        for (String list : (LISTS + ",/api/v1/books/{book}/accounts/{accountId}/statement").split(",")) {
            List<String> parameters = new ArrayList<>();
            api.at("/paths/" + list.replace("~", "~0").replace("/", "~1") + "/get/parameters").forEach(p -> parameters.add(p.get("name").asText()));
            assertThat(parameters).as(list).contains("limit", "cursor");
        }
        assertThat(api.at("/components/schemas").toString()).contains("null on the last page");
    }

    // --- helpers ---

    private RequestPostProcessor staff() {
        return httpBasic(STAFF, PASSWORD);
    }

    private Donor donor() {
        String ref = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return donors.register(null, new DonorService.NewDonor(ref, "Donor " + ref, Donor.DonorKind.ORGANISATION, "10", "NO", null, null));
    }

    private String pledge(Donor donor, LocalDate on) {
        return pledges.record(staffId, UUID.randomUUID().toString(), new PledgeService.NewPledge(donor.id(), Fund.UNRESTRICTED, "EUR",
                "100.00", on, null, false, null, null)).id();
    }

    private CallTerms callTerms(int closesInDays) {
        String ref = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LocalDate today = LocalDate.now(clock);
        return new CallTerms(ref, "Paging call " + ref, "Compute for SDG teams.", "USD", "1000000.00", today.plusDays(10),
                today.plusDays(closesInDays), EnumSet.of(PriorityArea.SHARED_COMPUTE), List.of(3), Set.of("KE"),
                List.of(Fund.UNRESTRICTED), new CallTerms.Limits("50000.00", 1000, 5, 40), null);
    }

    private String openFund() {
        String code = "PGT-" + UUID.randomUUID().toString().substring(0, 8);
        dsl.insertInto(FUND_DEFINITION).set(FUND_DEFINITION.CODE, code).set(FUND_DEFINITION.NAME, "Test fund " + code)
                .set(FUND_DEFINITION.PURPOSE_KIND, "NONE").set(FUND_DEFINITION.CREATED_AT, Instant.now()).execute();
        return code;
    }

    /** Cash received and recognised in EUR: FIN Dr 1100 / Cr 4110, BUD Dr 8200 / Cr 8100. */
    private void receive(String fund, long minor, LocalDate on) {
        String id = "paging-receipt:" + UUID.randomUUID();
        tx.executeWithoutResult(s -> ledger.post(
                ledger.posting(id + ":FIN", ChartAccount.BookFamily.FIN, "EUR", on)
                        .debit(ChartAccount.CASH, fund, Dimensions.NONE, minor)
                        .credit(ChartAccount.CONTRIBUTIONS_UNRESTRICTED, fund, Dimensions.NONE, minor),
                ledger.posting(id + ":BUD", ChartAccount.BookFamily.BUD, "EUR", on)
                        .debit(ChartAccount.RESOURCES_RECOGNISED, fund, Dimensions.NONE, minor)
                        .credit(ChartAccount.AVAILABLE_FOR_COMMITMENT, fund, Dimensions.NONE, minor)));
    }

    private long cashAccount(String fund) {
        return ledger.ledger().accounts().find(new AccountKey("FIN-EUR", ChartAccount.CASH.code(), fund, Dimensions.NONE))
                .orElseThrow().id();
    }

    private JsonNode page(String url, String cursor, RequestPostProcessor who) throws Exception {
        MockHttpServletRequestBuilder request = get(url).with(who);
        if (cursor != null) {
            request = request.param("cursor", cursor);
        }
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode page = json.readTree(body);
        assertThat(page.has("next")).as("next is always present").isTrue();
        return page;
    }

    private List<JsonNode> pageThrough(String url, int limit, RequestPostProcessor who) throws Exception {
        return pageThrough(url, limit, who, null);
    }

    /** Every row of a list, following {@code next} from {@code cursor}; each page but the last is full. */
    private List<JsonNode> pageThrough(String url, int limit, RequestPostProcessor who, String cursor) throws Exception {
        String withLimit = url + (url.contains("?") ? "&" : "?") + "limit=" + limit;
        List<JsonNode> rows = new ArrayList<>();
        int pages = 0;
        do {
            JsonNode page = page(withLimit, cursor, who);
            List<JsonNode> items = items(page);
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            if (cursor != null) {
                assertThat(items).as("a page before the last is full").hasSize(limit);
            }
            rows.addAll(items);
            pages++;
        } while (cursor != null && pages < 1000);
        assertThat(cursor).as("the last page has no next").isNull();
        return rows;
    }

    private static List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    private static List<String> ids(List<JsonNode> rows, String field) {
        return rows.stream().map(r -> r.get(field).asText()).toList();
    }

    private static List<Long> balances(JsonNode statementPage) {
        return items(statementPage).stream().map(l -> l.get("balance").asLong()).toList();
    }

}
