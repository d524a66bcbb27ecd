package org.globalaifund.engine.finance.fx;

import static org.globalaifund.engine.db.Tables.FUND_DEFINITION;
import static org.globalaifund.engine.db.Tables.FX_CONVERSION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.db.tables.records.FxConversionRecord;
import org.globalaifund.engine.finance.ChartAccount;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.engine.finance.FundLedger.Posting;
import org.globalaifund.engine.finance.IdempotencyKeys;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.reference.ReferenceData;
import org.globalaifund.engine.web.Keyset;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.PageQuery;
import org.globalaifund.ledger.AccountFilter;
import org.globalaifund.ledger.AccountKey;
import org.globalaifund.ledger.Balance;
import org.globalaifund.ledger.Dimensions;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FINANCE converts cash of one fund from currency A to B at the rate of a date; the amount in B is
 * {@code amount x rate} rounded HALF_EVEN to B's minor unit. Four entries in one linked chain (all or nothing):
 * {@code FIN-A: Dr 1900 / Cr 1100}, {@code FIN-B: Dr 1100 / Cr 1900}, and budgetary availability follows the cash,
 * {@code BUD-A: Dr 8100 / Cr 8200}, {@code BUD-B: Dr 8200 / Cr 8100}. Cash never goes negative and only the
 * uncommitted part (8100) may be converted. Entry ids derive from the conversion id; the request's
 * {@code Idempotency-Key} makes a retried request return the first conversion.
 */
@Service
public class FxConversions {

    private final ExchangeRates rates;
    private final FxClearing clearing;
    private final FundLedger ledger;
    private final IdempotencyKeys keys;
    private final AuditTrail audit;
    private final ReferenceData reference;
    private final DSLContext dsl;
    private final Clock clock;

    public FxConversions(ExchangeRates rates, FxClearing clearing, FundLedger ledger, IdempotencyKeys keys, AuditTrail audit,
            ReferenceData reference, DSLContext dsl, Clock clock) {
        this.reference = reference;
        this.rates = rates;
        this.clearing = clearing;
        this.ledger = ledger;
        this.keys = keys;
        this.audit = audit;
        this.dsl = dsl;
        this.clock = clock;
    }

    /** What FINANCE asks for: {@code amount} (a decimal string) of {@code from} in {@code fund}, into {@code to}, at the rate of {@code on}. */
    public record Request(String fund, String from, String to, String amount, LocalDate on) {
        String canonical() {
            return String.join("|", String.valueOf(fund), String.valueOf(from), String.valueOf(to), String.valueOf(amount), String.valueOf(on));
        }
    }

    /** Converts once per Idempotency-Key: the same key with the same request returns the first conversion. */
    @Transactional
    public FxConversion convert(String personId, String idempotencyKey, Request request) {
        String id = keys.once("fx-conversion", idempotencyKey, request.canonical(), () -> convertNow(personId, request));
        return get(id);
    }

    @Transactional(readOnly = true)
    public FxConversion get(String id) {
        return dsl.selectFrom(FX_CONVERSION).where(FX_CONVERSION.ID.eq(id)).fetchOptional(FxConversions::toConversion)
                .orElseThrow(() -> FundException.notFound("FX conversion"));
    }

    /** Every conversion, newest first. */
    @Transactional(readOnly = true)
    public List<FxConversion> all() {
        return dsl.selectFrom(FX_CONVERSION).orderBy(FX_CONVERSION.CONVERTED_AT.desc(), FX_CONVERSION.ID)
                .fetch(FxConversions::toConversion);
    }

    /** A page of every conversion, newest first, then by id (the API's list). */
    @Transactional(readOnly = true)
    public Page<FxConversion> page(PageQuery query) {
        Keyset keyset = Keyset.of(FX_CONVERSION.CONVERTED_AT.desc(), FX_CONVERSION.ID.asc());
        return keyset.page(query, dsl.selectFrom(FX_CONVERSION).where(keyset.after(query)).orderBy(keyset.order())
                .limit(keyset.fetchSize(query)).fetch(), FxConversions::toConversion);
    }

    /** Cash each fund holds per currency, with the part still available for commitment: what may be converted. */
    @Transactional(readOnly = true)
    public List<CashHolding> cashHoldings() {
        return ledger.ledger().accounts().list(AccountFilter.all().chartCode(ChartAccount.CASH.code())).stream()
                .filter(a -> a.key().dimensions().equals(Dimensions.NONE))
                .map(a -> {
                    String currency = a.book().substring(a.book().indexOf('-') + 1);
                    java.util.Currency c = Money.currency(currency);
                    long available = ledger.balance(ChartAccount.AVAILABLE_FOR_COMMITMENT, currency, a.fund(), Dimensions.NONE);
                    return new CashHolding(a.fund(), new Money(ledger.balance(ChartAccount.CASH, currency, a.fund(), Dimensions.NONE), c),
                            new Money(available, c));
                })
                .sorted(java.util.Comparator.comparing(CashHolding::fund).thenComparing(h -> h.cash().currency().getCurrencyCode()))
                .toList();
    }

    /** A fund's cash in one currency and what of it is not committed. */
    public record CashHolding(String fund, Money cash, Money available) {}

    private String convertNow(String personId, Request request) {
        Money from = validated(request);
        Quote quote = rates.quote(request.from(), request.to(), request.on());
        Money to;
        try {
            to = quote.convert(from);
        } catch (ArithmeticException e) {
            throw FundException.invalid("amount", "The amount is too large to convert.");
        }
        if (!to.isPositive()) {
            throw FundException.invalid("amount", "The amount converts to less than one minor unit of " + request.to() + ".");
        }
        checkAvailable(request.fund(), from);

        String id = UUID.randomUUID().toString();
        String base = "fx:" + id;
        FxClearing.Move cash = clearing.move(base, ChartAccount.CASH, request.fund(), Dimensions.NONE, from, to, request.on());
        String a = request.from();
        String b = request.to();
        String description = "FX conversion " + from.amount() + " " + a + " -> " + to.amount() + " " + b + " at " + quote.rate().toPlainString();
        Posting budgetA = ledger.posting(FxClearing.entryId(base, ChartAccount.AVAILABLE_FOR_COMMITMENT, a), ChartAccount.BookFamily.BUD, a, request.on())
                .describe(description)
                .debit(ChartAccount.AVAILABLE_FOR_COMMITMENT, request.fund(), Dimensions.NONE, from.minor())
                .credit(ChartAccount.RESOURCES_RECOGNISED, request.fund(), Dimensions.NONE, from.minor());
        Posting budgetB = ledger.posting(FxClearing.entryId(base, ChartAccount.AVAILABLE_FOR_COMMITMENT, b), ChartAccount.BookFamily.BUD, b, request.on())
                .describe(description)
                .debit(ChartAccount.RESOURCES_RECOGNISED, request.fund(), Dimensions.NONE, to.minor())
                .credit(ChartAccount.AVAILABLE_FOR_COMMITMENT, request.fund(), Dimensions.NONE, to.minor());
        for (Posting posting : List.of(cash.fromBook(), cash.toBook(), budgetA, budgetB)) {
            posting.reference("fx-conversion", id);
        }
        ledger.post(cash.fromBook(), cash.toBook(), budgetA, budgetB);

        dsl.insertInto(FX_CONVERSION)
                .set(FX_CONVERSION.ID, id).set(FX_CONVERSION.FUND_CODE, request.fund())
                .set(FX_CONVERSION.FROM_CURRENCY, a).set(FX_CONVERSION.FROM_MINOR, from.minor())
                .set(FX_CONVERSION.TO_CURRENCY, b).set(FX_CONVERSION.TO_MINOR, to.minor())
                .set(FX_CONVERSION.RATE, quote.rate()).set(FX_CONVERSION.RATE_SOURCE, quote.describeSource())
                .set(FX_CONVERSION.VALUE_DATE, request.on()).set(FX_CONVERSION.CONVERTED_BY, personId)
                .set(FX_CONVERSION.CONVERTED_AT, clock.instant())
                .execute();
        audit.record(personId, "FX_CONVERTED", "FX_CONVERSION", id, "Fund " + request.fund() + ": " + description);
        return id;
    }

    private Money validated(Request request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.fund() == null || request.fund().isBlank()) {
            errors.put("fund", "Choose a fund.");
        } else if (!dsl.fetchExists(FUND_DEFINITION, FUND_DEFINITION.CODE.eq(request.fund()))) {
            errors.put("fund", "Unknown fund " + request.fund() + ".");
        }
        String from = request.from();
        String to = request.to();
        Money amount = null;
        checkCurrency("from", from, errors);
        checkCurrency("to", to, errors);
        if (from != null && from.equals(to)) {
            errors.put("to", "Choose a currency other than the one converted from.");
        }
        if (!errors.containsKey("from")) {
            try {
                amount = Money.of(request.amount(), from);
                if (!amount.isPositive()) {
                    errors.put("amount", "Enter an amount greater than zero.");
                }
            } catch (IllegalArgumentException e) {
                errors.put("amount", e.getMessage());
            }
        }
        if (request.on() == null) {
            errors.put("on", "Give the date of the rate.");
        }
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, errors.values().iterator().next(), errors);
        }
        return amount;
    }

    private void checkCurrency(String field, String code, Map<String, String> errors) {
        if (code == null || code.isBlank()) {
            errors.put(field, "Choose a currency.");
        } else if (!reference.isCurrency(code)) {
            errors.put(field, "Unknown currency " + code + ".");
        }
    }

    private void checkAvailable(String fund, Money amount) {
        String currency = amount.currency().getCurrencyCode();
        Balance cash = ledger.rawBalance(ChartAccount.CASH, currency, fund, Dimensions.NONE);
        long cashFree = cash.debitsPosted() - cash.creditsPosted() - cash.creditsPending();
        Balance available = ledger.rawBalance(ChartAccount.AVAILABLE_FOR_COMMITMENT, currency, fund, Dimensions.NONE);
        long availableFree = available.creditsPosted() - available.debitsPosted() - available.debitsPending();
        String message = null;
        if (ledger.ledger().accounts().find(new AccountKey(ChartAccount.CASH.book(currency), ChartAccount.CASH.code(), fund, Dimensions.NONE)).isEmpty()) {
            message = "Fund " + fund + " holds no " + currency + " cash.";
        } else if (amount.minor() > cashFree) {
            message = "Fund " + fund + " holds only " + new Money(Math.max(0, cashFree), amount.currency()).amount() + " " + currency + " in cash.";
        } else if (amount.minor() > availableFree) {
            message = "Only " + new Money(Math.max(0, availableFree), amount.currency()).amount() + " " + currency + " of fund " + fund
                    + " is available for commitment; the rest is committed.";
        }
        if (message != null) {
            throw new FundException(ProblemType.STATE_CONFLICT, message, Map.of("amount", message));
        }
    }

    private static FxConversion toConversion(FxConversionRecord r) {
        return new FxConversion(r.getId(), r.getFundCode(), new Money(r.getFromMinor(), Money.currency(r.getFromCurrency())),
                new Money(r.getToMinor(), Money.currency(r.getToCurrency())), EcbRateFile.plain(r.getRate()), r.getRateSource(),
                r.getValueDate(), r.getConvertedBy(), r.getConvertedAt());
    }
}
