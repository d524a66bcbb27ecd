package org.globalaifund.engine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.engine.db.Tables.DONOR;
import static org.globalaifund.engine.db.Tables.FUND_DEFINITION;
import static org.globalaifund.engine.db.Tables.RECEIPT;
import static org.globalaifund.engine.web.ApiPages.ids;
import static org.globalaifund.engine.web.ApiPages.items;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every JSON list of the API answers a page at a time: {@code {"items": [...], "next": cursor|null}}, in keyset order,
 * every row exactly once across pages, a filter across pages, a statement's running balance continued across pages.
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
    ApiPages pages;

    @BeforeEach
    void staffWhoMaySeeEveryList() {
        staffId = repository.findByEmail(STAFF).map(Person::id).orElseGet(() -> people.createActive(null, STAFF, "Paging Staff",
                PASSWORD, EnumSet.of(Role.ADMIN, Role.FINANCE)).id());
        pages = new ApiPages(mvc, json);
    }

    @Test
    void donorsComeByNameEachExactlyOnceAndTheLastPageSaysNoNext() throws Exception {
        for (int i = 0; i < 5; i++) {
            donor();
        }

        List<String> paged = ids(pages.pageThrough("/api/v1/donors", 2, staff()), "id");

        assertThat(paged).hasSizeGreaterThanOrEqualTo(5)
                .containsExactlyElementsOf(dsl.select(DONOR.ID).from(DONOR).orderBy(DONOR.NAME, DONOR.ID).fetch(DONOR.ID));
    }

    @Test
    void fundsComeInTheirListOrderEachExactlyOnce() throws Exception {
        Donor donor = donor();
        funds.restricted(null, donor.id(), RestrictedPurpose.SDG_GOAL, "3");
        funds.restricted(null, donor.id(), RestrictedPurpose.SDG_GOAL, "4");
        funds.restricted(null, donor.id(), RestrictedPurpose.SDG_GOAL, "5");

        List<String> paged = ids(pages.pageThrough("/api/v1/funds", 2, staff()), "code");

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

        List<JsonNode> paged = pages.pageThrough("/api/v1/pledges?donorId=" + donor.id(), 2, staff());

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
        JsonNode first = pages.page("/api/v1/pledges?donorId=" + donor.id() + "&limit=2", null, staff());

        pledge(donor, DAY.plusDays(10)); // orders before the cursor: belongs to page 1, which was already read
        String later = pledge(donor, DAY); // orders after every row read so far
        List<String> rest = ids(pages.pageThrough("/api/v1/pledges?donorId=" + donor.id(), 2, staff(), first.get("next").asText()), "id");

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

        List<String> all = ids(pages.pageThrough("/api/v1/receipts", 2, staff()), "id");
        List<String> unapplied = ids(pages.pageThrough("/api/v1/unapplied-receipts", 2, staff()), "id");

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

        List<String> paged = ids(pages.pageThrough("/api/v1/calls", 2, anonymous()), "id");

        assertThat(paged).containsExactlyElementsOf(calls.published().stream().map(FundingCall::id).toList())
                .doesNotContain(draft.id());
    }

    @Test
    void peopleComeByNameEachExactlyOnce() throws Exception {
        for (int i = 0; i < 3; i++) {
            people.createActive(null, "paging." + UUID.randomUUID() + "@test.example", "Paging " + i, PASSWORD, EnumSet.of(Role.APPLICANT));
        }

        List<String> paged = ids(pages.pageThrough("/api/v1/people", 2, staff()), "id");

        assertThat(paged).containsExactlyElementsOf(people.all().stream().map(Person::id).toList());
    }

    @Test
    void conversionsComeNewestFirstEachExactlyOnce() throws Exception {
        String fund = openFund();
        receive(fund, 100_00, DAY);
        for (int i = 0; i < 3; i++) {
            conversions.convert(staffId, UUID.randomUUID().toString(), new FxConversions.Request(fund, "EUR", "XOF", "10.00", DAY));
        }

        List<String> paged = ids(pages.pageThrough("/api/v1/fx-conversions", 2, staff()), "id");

        assertThat(paged).hasSizeGreaterThanOrEqualTo(3)
                .containsExactlyElementsOf(conversions.all().stream().map(FxConversion::id).toList());
    }

    @Test
    void usableRatesComeByCurrencyAPageAtATime() throws Exception {
        List<String> paged = ids(pages.pageThrough("/api/v1/exchange-rates?on=2026-11-30", 1, staff()), "currency");

        assertThat(paged).hasSizeGreaterThanOrEqualTo(3).contains("EUR", "XAF", "XOF")
                .containsExactlyElementsOf(rates.usableOn(LocalDate.of(2026, 11, 30)).stream().map(r -> r.currency()).toList());
    }

    @Test
    void booksComeByCodeEachExactlyOnce() throws Exception {
        ledger.ledger().books().create("FIN-CHF");
        ledger.ledger().books().create("BUD-CHF");
        ledger.ledger().books().create("FIN-SEK");

        List<String> paged = ids(pages.pageThrough("/api/v1/books", 2, staff()), "code");

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

        JsonNode first = pages.page(url + "&limit=2", null, staff());
        JsonNode second = pages.page(url + "&limit=2", first.get("next").asText(), staff());

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

    private static List<Long> balances(JsonNode statementPage) {
        return items(statementPage).stream().map(l -> l.get("balance").asLong()).toList();
    }
}
