package org.globalaifund.engine.contribution;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.globalaifund.engine.contribution.PledgeService.NewInstalment;
import org.globalaifund.engine.contribution.PledgeService.NewPledge;
import org.globalaifund.engine.contribution.ReceiptService.NewReceipt;
import org.globalaifund.engine.money.MoneyView;
import org.globalaifund.engine.security.FundUser;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * FINANCE's API for donors, funds, pledges, receipts and unapplied cash. Every request that moves value
 * takes an {@code Idempotency-Key}: the same key and content return the first result.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contributions", description = "Donors, funds, pledges, receipts, unapplied receipts")
public class ContributionApiController {

    private final DonorService donors;
    private final FundService funds;
    private final PledgeService pledges;
    private final ReceiptService receipts;
    private final UnappliedConversion conversion;
    private final Paging paging;

    public ContributionApiController(DonorService donors, FundService funds, PledgeService pledges, ReceiptService receipts,
            UnappliedConversion conversion, Paging paging) {
        this.paging = paging;
        this.donors = donors;
        this.funds = funds;
        this.pledges = pledges;
        this.receipts = receipts;
        this.conversion = conversion;
    }

    @GetMapping("/donors")
    @Operation(summary = "Donors by name, a page at a time")
    Page<Donor> donors(@RequestParam(required = false) @Parameter(description = Paging.LIMIT_DOC,
                    schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50")) String limit,
            @RequestParam(required = false) @Parameter(description = Paging.CURSOR_DOC) String cursor) {
        return donors.page(paging.query("donors", limit, cursor));
    }

    @GetMapping("/donors/{id}")
    Donor donor(@PathVariable String id) {
        return donors.get(id);
    }

    @PostMapping("/donors")
    @Operation(summary = "Register a donor (organisation with its IATI OrganisationType, or individual)")
    ResponseEntity<Donor> registerDonor(@AuthenticationPrincipal FundUser user, @RequestBody DonorService.NewDonor request) {
        Donor donor = donors.register(user.personId(), request);
        return ResponseEntity.created(URI.create("/api/v1/donors/" + donor.id())).body(donor);
    }

    @PutMapping("/donors/{id}/people/{personId}")
    @Operation(summary = "Let a DONOR person see this donor's contributions")
    Donor linkPerson(@AuthenticationPrincipal FundUser user, @PathVariable String id, @PathVariable String personId) {
        donors.linkPerson(user.personId(), id, personId);
        return donors.get(id);
    }

    @GetMapping("/funds")
    @Operation(summary = "Funds, the general funds first, then by donor and code, a page at a time")
    Page<Fund> funds(@RequestParam(required = false) @Parameter(description = Paging.LIMIT_DOC,
                    schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50")) String limit,
            @RequestParam(required = false) @Parameter(description = Paging.CURSOR_DOC) String cursor) {
        return funds.page(paging.query("funds", limit, cursor));
    }

    @PostMapping("/funds")
    @Operation(summary = "The donor's fund restricted to a purpose (opened if new)")
    Fund restrictedFund(@AuthenticationPrincipal FundUser user, @RequestBody FundRequest request) {
        return funds.restricted(user.personId(), request.donorId(), request.purpose(), request.purposeValue());
    }

    @GetMapping("/pledges")
    @Operation(summary = "Pledges, of one donor or all, the latest pledge date first, a page at a time")
    Page<PledgeView> pledges(@RequestParam(required = false) String donorId, @RequestParam(required = false) @Parameter(description = Paging.LIMIT_DOC,
                    schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50")) String limit,
            @RequestParam(required = false) @Parameter(description = Paging.CURSOR_DOC) String cursor) {
        return pledges.page(donorId, paging.query("pledges", limit, cursor)).map(PledgeView::of);
    }

    @GetMapping("/pledges/{id}")
    PledgeView pledge(@PathVariable String id) {
        return PledgeView.of(pledges.get(id));
    }

    @PostMapping("/pledges")
    @Operation(summary = "Record a pledge; unconditional pledges are recognised at once")
    ResponseEntity<PledgeView> recordPledge(@AuthenticationPrincipal FundUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody PledgeRequest request) {
        Pledge pledge = pledges.record(user.personId(), key, request.toNewPledge());
        return ResponseEntity.created(URI.create("/api/v1/pledges/" + pledge.id())).body(PledgeView.of(pledge));
    }

    @PostMapping("/pledges/{id}/condition-met")
    @Operation(summary = "Record that a conditional pledge's condition is met")
    PledgeView conditionMet(@AuthenticationPrincipal FundUser user, @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @PathVariable String id, @RequestBody(required = false) DateRequest request) {
        return PledgeView.of(pledges.conditionMet(user.personId(), key, id, request == null ? null : request.on()));
    }

    @PostMapping("/pledges/{id}/write-offs")
    @Operation(summary = "Write off an uncollectible part of a pledge")
    PledgeView writeOff(@AuthenticationPrincipal FundUser user, @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @PathVariable String id, @RequestBody WriteOffRequest request) {
        return PledgeView.of(pledges.writeOff(user.personId(), key, id, request.amount() == null ? null : request.amount().amount(),
                request.reason(), request.on()));
    }

    @GetMapping("/receipts")
    @Operation(summary = "Receipts, the latest received first, a page at a time")
    Page<ReceiptView> receipts(@RequestParam(required = false) @Parameter(description = Paging.LIMIT_DOC,
                    schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50")) String limit,
            @RequestParam(required = false) @Parameter(description = Paging.CURSOR_DOC) String cursor) {
        return receipts.page(false, paging.query("receipts", limit, cursor)).map(ReceiptView::of);
    }

    @GetMapping("/receipts/{id}")
    ReceiptView receipt(@PathVariable String id) {
        return ReceiptView.of(receipts.get(id));
    }

    @PostMapping("/receipts")
    @Operation(summary = "Record cash received; what matches no pledge is booked as unapplied, never refused")
    ResponseEntity<ReceiptView> recordReceipt(@AuthenticationPrincipal FundUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody ReceiptRequest request) {
        Receipt receipt = receipts.record(user.personId(), key, request.toNewReceipt());
        return ResponseEntity.created(URI.create("/api/v1/receipts/" + receipt.id())).body(ReceiptView.of(receipt));
    }

    @GetMapping("/unapplied-receipts")
    @Operation(summary = "Receipts with unapplied cash still open, the latest received first, a page at a time")
    Page<ReceiptView> unapplied(@RequestParam(required = false) @Parameter(description = Paging.LIMIT_DOC,
                    schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50")) String limit,
            @RequestParam(required = false) @Parameter(description = Paging.CURSOR_DOC) String cursor) {
        return receipts.page(true, paging.query("unapplied-receipts", limit, cursor)).map(ReceiptView::of);
    }

    @PostMapping("/unapplied-receipts/{receiptId}/applications")
    @Operation(summary = "Apply unapplied cash to a pledge in the same currency")
    ReceiptView apply(@AuthenticationPrincipal FundUser user, @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @PathVariable String receiptId, @RequestBody ApplicationRequest request) {
        return ReceiptView.of(receipts.applyUnapplied(user.personId(), key, receiptId, request.pledgeId(),
                request.amount() == null ? null : request.amount().amount()));
    }

    @PostMapping("/unapplied-receipts/{receiptId}/returns")
    @Operation(summary = "Return unapplied cash to the sender")
    ReceiptView giveBack(@AuthenticationPrincipal FundUser user, @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @PathVariable String receiptId, @RequestBody ReturnRequest request) {
        return ReceiptView.of(receipts.returnUnapplied(user.personId(), key, receiptId,
                request.amount() == null ? null : request.amount().amount(), request.note()));
    }

    @PostMapping("/unapplied-receipts/{receiptId}/conversions")
    @Operation(summary = "Convert unapplied cash into another currency at a usable rate; the result is a new unapplied receipt")
    ReceiptView convert(@AuthenticationPrincipal FundUser user, @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @PathVariable String receiptId, @RequestBody ConversionRequest request) {
        return ReceiptView.of(conversion.convert(user.personId(), key, receiptId, request.toCurrency(),
                request.amount() == null ? null : request.amount().amount()));
    }

    /** Unapplied cash converted: how much of it, into which currency. */
    public record ConversionRequest(MoneyView amount, String toCurrency) {}

    /** A restricted fund: donor and purpose (CALL ref, SDG goal 1-17, M49 region, enabler). */
    public record FundRequest(String donorId, RestrictedPurpose purpose, String purposeValue) {}

    /** A pledge; without a schedule it falls due in full on the pledge date. */
    public record PledgeRequest(String donorId, String fundCode, MoneyView amount, LocalDate pledgedOn,
            List<InstalmentRequest> schedule, boolean conditional, String conditionText, BigDecimal discountRate) {
        NewPledge toNewPledge() {
            return new NewPledge(donorId, fundCode, amount == null ? null : amount.currency(), amount == null ? null : amount.amount(),
                    pledgedOn, schedule == null ? null : schedule.stream().map(i -> new NewInstalment(i.dueOn(),
                            i.amount() == null ? null : i.amount().amount())).toList(), conditional, conditionText, discountRate);
        }
    }

    /** One instalment of a pledge request. */
    public record InstalmentRequest(LocalDate dueOn, MoneyView amount) {}

    /** A date, today if absent. */
    public record DateRequest(LocalDate on) {}

    /** A write-off: how much and why. */
    public record WriteOffRequest(MoneyView amount, String reason, LocalDate on) {}

    /** Cash received, with the pledge it pays if known. */
    public record ReceiptRequest(String pledgeId, String donorId, MoneyView amount, LocalDate receivedOn, String payerReference) {
        NewReceipt toNewReceipt() {
            return new NewReceipt(pledgeId, donorId, amount == null ? null : amount.currency(), amount == null ? null : amount.amount(),
                    receivedOn, payerReference);
        }
    }

    /** Unapplied cash applied to a pledge. */
    public record ApplicationRequest(String pledgeId, MoneyView amount) {}

    /** Unapplied cash returned, with how. */
    public record ReturnRequest(MoneyView amount, String note) {}

    /** A pledge as the API shows it. */
    public record PledgeView(String id, String ref, String donorId, String fundCode, MoneyView amount, MoneyView presentValue,
            BigDecimal discountRate, LocalDate pledgedOn, boolean conditional, String conditionText, LocalDate conditionMetOn,
            Pledge.Status status, MoneyView outstanding, List<InstalmentRequest> schedule) {
        static PledgeView of(Pledge p) {
            return new PledgeView(p.id(), p.ref(), p.donorId(), p.fundCode(), MoneyView.of(p.amount()), MoneyView.of(p.presentValue()),
                    p.discountRate(), p.pledgedOn(), p.conditional(), p.conditionText(), p.conditionMetOn(), p.status(),
                    MoneyView.of(p.outstanding()),
                    p.schedule().stream().map(i -> new InstalmentRequest(i.dueOn(), MoneyView.of(i.amount()))).toList());
        }
    }

    /** A receipt as the API shows it. */
    public record ReceiptView(String id, String pledgeId, String donorId, MoneyView amount, MoneyView applied, MoneyView unapplied,
            MoneyView unappliedOpen, LocalDate receivedOn, String payerReference) {
        static ReceiptView of(Receipt r) {
            return new ReceiptView(r.id(), r.pledgeId(), r.donorId(), MoneyView.of(r.amount()), MoneyView.of(r.applied()),
                    MoneyView.of(r.unapplied()), MoneyView.of(r.unappliedOpen()), r.receivedOn(), r.payerReference());
        }
    }

}
