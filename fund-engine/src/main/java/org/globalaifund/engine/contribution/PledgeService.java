package org.globalaifund.engine.contribution;

import static org.globalaifund.engine.finance.ChartAccount.AVAILABLE_FOR_COMMITMENT;
import static org.globalaifund.engine.finance.ChartAccount.REFUNDABLE_ADVANCES;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.globalaifund.engine.audit.AuditTrail;
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
 * Pledges: recorded by FINANCE with their schedule and restriction, recognised in the books at once or,
 * for a conditional pledge, when FINANCE records the condition as met; written off when uncollectible,
 * but never below what the fund has already committed. Every step is idempotent by its request key.
 */
@Service
@Transactional
public class PledgeService {

    private final PledgeRepository pledges;
    private final PledgePostings postings;
    private final FundLedger ledger;
    private final FundService funds;
    private final DonorService donors;
    private final ReferenceData reference;
    private final IdempotencyKeys keys;
    private final AuditTrail audit;
    private final Clock clock;

    public PledgeService(PledgeRepository pledges, PledgePostings postings, FundLedger ledger, FundService funds,
            DonorService donors, ReferenceData reference, IdempotencyKeys keys, AuditTrail audit, Clock clock) {
        this.pledges = pledges;
        this.postings = postings;
        this.ledger = ledger;
        this.funds = funds;
        this.donors = donors;
        this.reference = reference;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a pledge; an unconditional one is recognised at once (receivable, revenue, availability). */
    public Pledge record(String actorId, String idempotencyKey, NewPledge request) {
        return get(keys.once("pledge", idempotencyKey, request.toString(), () -> create(actorId, request)));
    }

    private String create(String actorId, NewPledge r) {
        Map<String, String> errors = new LinkedHashMap<>();
        Donor donor = null;
        try {
            donor = donors.get(r.donorId() == null ? "" : r.donorId());
        } catch (FundException e) {
            errors.put("donorId", "Choose a registered donor.");
        }
        Fund fund = null;
        try {
            fund = funds.get(r.fundCode() == null ? "" : r.fundCode());
        } catch (FundException e) {
            errors.put("fundCode", "Choose an existing fund.");
        }
        if (fund != null && donor != null && fund.restricted() && !fund.donorId().equals(donor.id())) {
            errors.put("fundCode", "A restricted fund holds one donor's money; this fund belongs to another donor.");
        }
        Money amount = parse(errors, "amount", r.amount(), r.currency());
        LocalDate pledgedOn = r.pledgedOn() == null ? today() : r.pledgedOn();
        List<Pledge.Instalment> schedule = schedule(errors, r, amount, pledgedOn);
        if (r.conditional() && (r.conditionText() == null || r.conditionText().isBlank())) {
            errors.put("conditionText", "Say what the pledge is conditional on.");
        }
        BigDecimal rate = r.discountRate();
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0 || rate.scale() > 6)) {
            errors.put("discountRate", "Enter the discount rate as a decimal fraction from 0 to 1 (0.05 for 5%), at most 6 decimals.");
        }
        boolean multiYear = schedule.stream().anyMatch(i -> i.dueOn().isAfter(pledgedOn.plusYears(1)));
        if (multiYear && rate == null && !errors.containsKey("discountRate")) {
            errors.put("discountRate", "A pledge with instalments due after more than a year is recognised at present value: enter its discount rate.");
        }
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, "The pledge could not be recorded.", errors);
        }
        long presentValue = PresentValue.of(schedule, pledgedOn, rate);
        String id = UUID.randomUUID().toString();
        String ref = "PLG-" + id.substring(0, 8).toUpperCase();
        Pledge pledge = new Pledge(id, ref, donor.id(), fund.code(), amount, new Money(presentValue, amount.currency()), rate,
                pledgedOn, r.conditional(), r.conditional() ? r.conditionText().strip() : null, null,
                r.conditional() ? Pledge.Status.AWAITING_CONDITION : Pledge.Status.RECOGNISED, 0, 0, schedule);
        pledges.insert(pledge, actorId, clock.instant());
        if (!r.conditional()) {
            ledger.post(postings.recognition(pledge, pledgedOn).toArray(Posting[]::new));
        }
        audit.record(actorId, "PLEDGE_RECORDED", "PLEDGE", id, ref + " " + amount.amount() + " " + pledge.currency());
        return id;
    }

    private Money parse(Map<String, String> errors, String field, String amount, String currency) {
        return AmountInput.parse(errors, field, amount, currency, reference);
    }

    private List<Pledge.Instalment> schedule(Map<String, String> errors, NewPledge r, Money amount, LocalDate pledgedOn) {
        List<Pledge.Instalment> schedule = new ArrayList<>();
        if (amount == null) {
            return schedule;
        }
        if (r.schedule() == null || r.schedule().isEmpty()) {
            schedule.add(new Pledge.Instalment(1, pledgedOn, amount));
            return schedule;
        }
        long total = 0;
        for (NewInstalment i : r.schedule()) {
            Money part = parse(errors, "schedule", i.amount(), r.currency());
            if (part == null || i.dueOn() == null) {
                errors.putIfAbsent("schedule", "Give each instalment a due date and an amount.");
                continue;
            }
            if (i.dueOn().isBefore(pledgedOn)) {
                errors.put("schedule", "Instalments fall due on or after the pledge date.");
            }
            total = Math.addExact(total, part.minor());
            schedule.add(new Pledge.Instalment(schedule.size() + 1, i.dueOn(), part));
        }
        if (!errors.containsKey("schedule") && total != amount.minor()) {
            errors.put("schedule", "The instalments add up to " + new Money(total, amount.currency()).amount()
                    + ", not to the pledged " + amount.amount() + ".");
        }
        return schedule;
    }

    /** Records that a conditional pledge's condition is met: it is recognised, and cash held as advances settles it. */
    public Pledge conditionMet(String actorId, String idempotencyKey, String pledgeId, LocalDate on) {
        LocalDate day = on == null ? today() : on;
        return get(keys.once("pledge-condition", idempotencyKey, pledgeId + "|" + day, () -> {
            Pledge p = pledges.lock(pledgeId).orElseThrow(() -> FundException.notFound("Pledge"));
            if (p.status() != Pledge.Status.AWAITING_CONDITION) {
                throw FundException.conflict("Pledge " + p.ref() + " is not waiting for a condition.");
            }
            List<Posting> chain = new ArrayList<>(postings.recognition(p, day));
            if (p.advanceMinor() > 0) {
                chain.addAll(postings.settlement("pledge:" + p.id() + ":advances-applied", p, p.advanceMinor(), REFUNDABLE_ADVANCES, day));
            }
            ledger.post(chain.toArray(Posting[]::new));
            pledges.conditionMet(p.id(), day);
            pledges.settle(p.id(), p.advanceMinor(), Pledge.Status.RECOGNISED);
            audit.record(actorId, "PLEDGE_CONDITION_MET", "PLEDGE", p.id(), p.ref());
            return p.id();
        }));
    }

    /**
     * Writes off an uncollectible part of a pledge. Refused while the fund's uncommitted availability is smaller
     * than the availability the write-off withdraws: money already committed to grants cannot be un-pledged.
     */
    public Pledge writeOff(String actorId, String idempotencyKey, String pledgeId, String amount, String reason, LocalDate on) {
        LocalDate day = on == null ? today() : on;
        return get(keys.once("pledge-write-off", idempotencyKey, pledgeId + "|" + amount + "|" + reason + "|" + day, () -> {
            Pledge p = pledges.lock(pledgeId).orElseThrow(() -> FundException.notFound("Pledge"));
            if (p.status() != Pledge.Status.RECOGNISED) {
                throw FundException.conflict("Only a recognised pledge with an amount outstanding can be written off.");
            }
            Map<String, String> errors = new LinkedHashMap<>();
            Money money = parse(errors, "amount", amount, p.currency());
            if (reason == null || reason.isBlank()) {
                errors.put("reason", "Say why the pledge is uncollectible.");
            }
            if (money != null && money.minor() > p.outstanding().minor()) {
                errors.put("amount", "At most the outstanding " + p.outstanding().amount() + " " + p.currency() + " can be written off.");
            }
            if (!errors.isEmpty()) {
                throw new FundException(ProblemType.INVALID_INPUT, "The write-off could not be recorded.", errors);
            }
            long withdrawn = PledgePostings.availabilityWithdrawn(p, money.minor());
            long available = ledger.balance(AVAILABLE_FOR_COMMITMENT, p.currency(), p.fundCode(), Dimensions.NONE);
            if (withdrawn > available) {
                throw new FundException(ProblemType.STATE_CONFLICT, "The fund " + p.fundCode() + " has only "
                        + new Money(available, p.amount().currency()).amount() + " " + p.currency()
                        + " uncommitted; the write-off would withdraw " + new Money(withdrawn, p.amount().currency()).amount()
                        + ". Release commitments first.");
            }
            String writeOffId = UUID.randomUUID().toString();
            String eventId = "write-off:" + writeOffId;
            ledger.post(postings.writeOff(eventId, p, money.minor(), day).toArray(Posting[]::new));
            long settled = p.settledMinor() + money.minor();
            pledges.settle(p.id(), settled, settled == p.amount().minor() ? Pledge.Status.WRITTEN_OFF : Pledge.Status.RECOGNISED);
            pledges.insertWriteOff(writeOffId, p.id(), money.minor(), reason.strip(), day, actorId, clock.instant());
            audit.record(actorId, "PLEDGE_WRITTEN_OFF", "PLEDGE", p.id(), money.amount() + " " + p.currency() + ": " + reason.strip());
            return p.id();
        }));
    }

    @Transactional(readOnly = true)
    public Pledge get(String id) {
        return pledges.find(id).orElseThrow(() -> FundException.notFound("Pledge"));
    }

    /** A page of {@link #list(String)}, for the API. */
    @Transactional(readOnly = true)
    public Page<Pledge> page(String donorId, PageQuery query) {
        return pledges.page(donorId, query);
    }

    @Transactional(readOnly = true)
    public List<Pledge> list(String donorId) {
        return pledges.list(donorId);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    /** What FINANCE enters for a pledge; amounts are decimal strings in the pledge's currency. */
    public record NewPledge(String donorId, String fundCode, String currency, String amount, LocalDate pledgedOn,
            List<NewInstalment> schedule, boolean conditional, String conditionText, BigDecimal discountRate) {}

    /** One due date of a new pledge's schedule. */
    public record NewInstalment(LocalDate dueOn, String amount) {}
}
