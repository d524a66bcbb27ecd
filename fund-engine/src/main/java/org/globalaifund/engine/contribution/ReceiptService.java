package org.globalaifund.engine.contribution;

import static org.globalaifund.engine.finance.ChartAccount.CASH;
import static org.globalaifund.engine.finance.ChartAccount.UNAPPLIED_RECEIPTS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.finance.ChartAccount.BookFamily;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.engine.finance.FundLedger.Posting;
import org.globalaifund.engine.finance.IdempotencyKeys;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.reference.ReferenceData;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.PageQuery;
import org.globalaifund.ledger.Dimensions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cash received. Cash that has arrived is never refused: what settles a pledge in its currency settles
 * it (or, for a conditional pledge, is held as a refundable advance); what matches no pledge, exceeds
 * it, or comes in another currency is booked to unapplied receipts (2400) in the unrestricted fund, for
 * FINANCE to apply to a pledge or return to the sender.
 */
@Service
@Transactional
public class ReceiptService {

    private final ReceiptRepository receipts;
    private final PledgeRepository pledges;
    private final PledgePostings postings;
    private final FundLedger ledger;
    private final DonorService donors;
    private final ReferenceData reference;
    private final IdempotencyKeys keys;
    private final AuditTrail audit;
    private final Clock clock;

    public ReceiptService(ReceiptRepository receipts, PledgeRepository pledges, PledgePostings postings, FundLedger ledger,
            DonorService donors, ReferenceData reference, IdempotencyKeys keys, AuditTrail audit, Clock clock) {
        this.receipts = receipts;
        this.pledges = pledges;
        this.postings = postings;
        this.ledger = ledger;
        this.donors = donors;
        this.reference = reference;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    public Receipt record(String actorId, String idempotencyKey, NewReceipt request) {
        return get(keys.once("receipt", idempotencyKey, request.toString(), () -> create(actorId, request)));
    }

    private String create(String actorId, NewReceipt r) {
        Map<String, String> errors = new LinkedHashMap<>();
        Money amount = money(errors, r.amount(), r.currency());
        Pledge pledge = null;
        if (r.pledgeId() != null && !r.pledgeId().isBlank()) {
            pledge = pledges.lock(r.pledgeId()).orElse(null);
            if (pledge == null) {
                errors.put("pledgeId", "There is no such pledge. Leave it empty to book the cash as unapplied.");
            }
        }
        String donorId = blankToNull(r.donorId());
        if (donorId != null) {
            try {
                donors.get(donorId);
            } catch (FundException e) {
                errors.put("donorId", "There is no such donor.");
            }
        }
        if (pledge != null && donorId != null && !pledge.donorId().equals(donorId)) {
            errors.put("donorId", "The pledge belongs to another donor.");
        }
        if (r.payerReference() != null && r.payerReference().length() > 200) {
            errors.put("payerReference", "At most 200 characters.");
        }
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, "The receipt could not be recorded.", errors);
        }
        if (pledge != null) {
            donorId = pledge.donorId();
        }
        LocalDate on = r.receivedOn() == null ? today() : r.receivedOn();
        String id = UUID.randomUUID().toString();
        String eventId = "receipt:" + id;
        List<Posting> chain = new ArrayList<>();
        long applied = 0;
        if (pledge != null && pledge.currency().equals(amount.currency().getCurrencyCode())) {
            if (pledge.status() == Pledge.Status.RECOGNISED) {
                applied = Math.min(amount.minor(), pledge.outstanding().minor());
                if (applied > 0) {
                    chain.addAll(postings.settlement(eventId, pledge, applied, CASH, on));
                    long settled = pledge.settledMinor() + applied;
                    pledges.settle(pledge.id(), settled, Pledge.Status.RECOGNISED);
                }
            } else if (pledge.status() == Pledge.Status.AWAITING_CONDITION) {
                applied = Math.min(amount.minor(), pledge.amount().minor() - pledge.advanceMinor());
                if (applied > 0) {
                    chain.add(postings.advance(eventId, pledge, applied, on));
                    pledges.addAdvance(pledge.id(), pledge.advanceMinor() + applied);
                }
            }
        }
        long unapplied = amount.minor() - applied;
        if (unapplied > 0) {
            chain.add(ledger.posting(eventId + ":unapplied", BookFamily.FIN, amount.currency().getCurrencyCode(), on)
                    .describe("Unapplied receipt" + (r.payerReference() == null ? "" : " " + r.payerReference()))
                    .reference("receipt", id)
                    .debit(CASH, Fund.UNRESTRICTED, Dimensions.NONE, unapplied)
                    .credit(UNAPPLIED_RECEIPTS, Fund.UNRESTRICTED, donorDims(donorId), unapplied));
        }
        ledger.post(chain.toArray(Posting[]::new));
        receipts.insert(id, pledge == null ? null : pledge.id(), donorId, amount, applied, on, blankToNull(r.payerReference()),
                actorId, clock.instant());
        audit.record(actorId, "RECEIPT_RECORDED", "RECEIPT", id, amount.amount() + " " + amount.currency().getCurrencyCode()
                + (unapplied > 0 ? ", unapplied " + new Money(unapplied, amount.currency()).amount() : ""));
        return id;
    }

    /** Applies unapplied cash to a pledge in the same currency: the cash moves from the unrestricted fund to the pledge's. */
    public Receipt applyUnapplied(String actorId, String idempotencyKey, String receiptId, String pledgeId, String amount) {
        return get(keys.once("unapplied-apply", idempotencyKey, receiptId + "|" + pledgeId + "|" + amount, () -> {
            Receipt receipt = receipts.lock(receiptId).orElseThrow(() -> FundException.notFound("Receipt"));
            Pledge pledge = pledges.lock(pledgeId == null ? "" : pledgeId)
                    .orElseThrow(() -> FundException.invalid("pledgeId", "There is no such pledge."));
            Money money = resolvable(receipt, amount);
            if (!pledge.currency().equals(receipt.currency())) {
                throw FundException.invalid("pledgeId", "The pledge is in " + pledge.currency() + " and the cash in "
                        + receipt.currency() + ": convert the cash first.");
            }
            if (receipt.donorId() != null && !receipt.donorId().equals(pledge.donorId())) {
                throw FundException.invalid("pledgeId", "The cash came from another donor than the pledge's.");
            }
            boolean awaiting = pledge.status() == Pledge.Status.AWAITING_CONDITION;
            long room = awaiting ? pledge.amount().minor() - pledge.advanceMinor() : pledge.outstanding().minor();
            if (pledge.status() == Pledge.Status.WRITTEN_OFF || money.minor() > room) {
                throw FundException.invalid("amount", "The pledge can take at most " + new Money(Math.max(room, 0), money.currency()).amount()
                        + " " + pledge.currency() + ".");
            }
            String resolutionId = UUID.randomUUID().toString();
            String eventId = "unapplied:" + resolutionId;
            LocalDate on = today();
            List<Posting> chain = new ArrayList<>();
            chain.add(release(eventId, receipt, money, on));
            if (awaiting) {
                chain.add(postings.advance(eventId, pledge, money.minor(), on));
                pledges.addAdvance(pledge.id(), pledge.advanceMinor() + money.minor());
            } else {
                chain.addAll(postings.settlement(eventId, pledge, money.minor(), CASH, on));
                pledges.settle(pledge.id(), pledge.settledMinor() + money.minor(), Pledge.Status.RECOGNISED);
            }
            ledger.post(chain.toArray(Posting[]::new));
            receipts.insertResolution(resolutionId, receiptId, "APPLIED", money.minor(), pledge.id(), null, actorId, clock.instant());
            audit.record(actorId, "UNAPPLIED_APPLIED", "RECEIPT", receiptId, money.amount() + " to " + pledge.ref());
            return receiptId;
        }));
    }

    /** Returns unapplied cash to whoever sent it: Dr 2400 / Cr 1100 in the unrestricted fund. */
    public Receipt returnUnapplied(String actorId, String idempotencyKey, String receiptId, String amount, String note) {
        return get(keys.once("unapplied-return", idempotencyKey, receiptId + "|" + amount + "|" + note, () -> {
            Receipt receipt = receipts.lock(receiptId).orElseThrow(() -> FundException.notFound("Receipt"));
            Money money = resolvable(receipt, amount);
            if (note == null || note.isBlank()) {
                throw FundException.invalid("note", "Say how and to whom the cash was returned.");
            }
            String resolutionId = UUID.randomUUID().toString();
            ledger.post(release("unapplied:" + resolutionId, receipt, money, today()));
            receipts.insertResolution(resolutionId, receiptId, "RETURNED", money.minor(), null, note.strip(), actorId, clock.instant());
            audit.record(actorId, "UNAPPLIED_RETURNED", "RECEIPT", receiptId, money.amount() + ": " + note.strip());
            return receiptId;
        }));
    }

    /** Takes unapplied cash out of the unrestricted fund's 1100/2400: the first half of applying or returning it. */
    private Posting release(String eventId, Receipt receipt, Money money, LocalDate on) {
        return ledger.posting(eventId + ":release", BookFamily.FIN, receipt.currency(), on)
                .describe("Unapplied receipt resolved").reference("receipt", receipt.id())
                .debit(UNAPPLIED_RECEIPTS, Fund.UNRESTRICTED, donorDims(receipt.donorId()), money.minor())
                .credit(CASH, Fund.UNRESTRICTED, Dimensions.NONE, money.minor());
    }

    Money resolvable(Receipt receipt, String amount) {
        Map<String, String> errors = new LinkedHashMap<>();
        Money money = money(errors, amount, receipt.currency());
        if (money != null && money.minor() > receipt.unappliedOpen().minor()) {
            errors.put("amount", "Only " + receipt.unappliedOpen().amount() + " " + receipt.currency() + " of this receipt is unapplied.");
        }
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, "The unapplied cash could not be resolved.", errors);
        }
        return money;
    }

    private Money money(Map<String, String> errors, String amount, String currency) {
        return AmountInput.parse(errors, "amount", amount, currency, reference);
    }

    private static Dimensions donorDims(String donorId) {
        return donorId == null ? Dimensions.NONE : Dimensions.NONE.withDonor(donorId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Transactional(readOnly = true)
    public Receipt get(String id) {
        return receipts.find(id).orElseThrow(() -> FundException.notFound("Receipt"));
    }

    /** A page of every receipt, or of those with unapplied cash still open, newest first (the API's lists). */
    @Transactional(readOnly = true)
    public Page<Receipt> page(boolean unappliedOpenOnly, PageQuery query) {
        return receipts.page(unappliedOpenOnly, query);
    }

    @Transactional(readOnly = true)
    public List<Receipt> all() {
        return receipts.all();
    }

    @Transactional(readOnly = true)
    public List<Receipt> unapplied() {
        return receipts.all().stream().filter(r -> r.unappliedOpen().isPositive()).toList();
    }

    /** Cash as FINANCE records it; the amount is a decimal string in the receipt's currency. */
    public record NewReceipt(String pledgeId, String donorId, String currency, String amount, LocalDate receivedOn,
            String payerReference) {}
}
