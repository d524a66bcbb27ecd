package org.globalaifund.engine.finance.fx;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.reference.ReferenceData;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.PageCursor;
import org.globalaifund.engine.web.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fund's exchange rates: units of each currency per 1 EUR, from the ECB's CSV files that FINANCE uploads,
 * from rates one FINANCE person enters and another approves (four eyes), and the fixed parities of XOF and XAF
 * (655.957 per EUR, never stored, never overridable). Any pair converts through the euro:
 * {@code rate(from, to, on) = (to per EUR) / (from per EUR)}, each leg the newest approved rate dated on or
 * before {@code on} and no older than its source allows ({@link RateSource}: ECB 7 days, entered 31 days).
 * On the same date an approved entered rate wins over the ECB's (it was entered on purpose, under four eyes).
 */
@Service
public class ExchangeRates {

    /** Currencies whose rate per EUR is fixed by treaty (CFA francs), and the euro itself. */
    public static final Map<String, BigDecimal> FIXED = Map.of("XOF", new BigDecimal("655.957"), "XAF", new BigDecimal("655.957"));
    public static final String EURO = "EUR";
    private static final int LONGEST_AGE = Math.max(RateSource.ECB.maxAgeDays(), RateSource.ENTERED.maxAgeDays());

    private final ExchangeRateRepository repository;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final Clock clock;

    public ExchangeRates(ExchangeRateRepository repository, ReferenceData reference, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** Units of {@code to} for one unit of {@code from} on the date; refused when either has no usable rate. */
    @Transactional(readOnly = true)
    public BigDecimal rate(String from, String to, LocalDate on) {
        return quote(from, to, on).rate();
    }

    /** The cross rate with the two euro rates it rests on. */
    @Transactional(readOnly = true)
    public Quote quote(String from, String to, LocalDate on) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkCurrency("from", from, errors);
        checkCurrency("to", to, errors);
        if (on == null) {
            errors.put("on", "Give the date of the rate.");
        }
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, errors.values().iterator().next(), errors);
        }
        return Quote.of(perEuro(from, on), perEuro(to, on), on);
    }

    /** The rate per EUR of a currency on a date, or a refusal naming what is missing. */
    @Transactional(readOnly = true)
    public UsableRate perEuro(String currency, LocalDate on) {
        if (EURO.equals(currency)) {
            return new UsableRate(EURO, BigDecimal.ONE, on, RateSource.EURO, null);
        }
        if (FIXED.containsKey(currency)) {
            return new UsableRate(currency, FIXED.get(currency), on, RateSource.FIXED_PARITY, null);
        }
        return repository.approved(currency, on.minusDays(LONGEST_AGE), on).stream()
                .filter(r -> r.source().usable(r.validOn(), on)).findFirst().map(ExchangeRate::usable)
                .orElseThrow(() -> noRate(currency, on));
    }

    /** Every currency with a usable rate on the date, the euro and the fixed parities included. */
    @Transactional(readOnly = true)
    public List<UsableRate> usableOn(LocalDate on) {
        Set<String> currencies = new TreeSet<>(FIXED.keySet());
        currencies.add(EURO);
        repository.latestApproved().forEach(r -> currencies.add(r.currency()));
        List<UsableRate> usable = new ArrayList<>();
        for (String currency : currencies) {
            try {
                usable.add(perEuro(currency, on));
            } catch (FundException noRate) {
                // listed only when usable on that date
            }
        }
        return usable;
    }

    /**
     * A page of {@link #usableOn}, by currency code after the cursor's. The candidates are the currencies (the euro, the
     * fixed parities and those with an approved rate: one key per currency, a few hundred at most) and the page stops
     * at {@code limit} usable ones, so no rate beyond the page is looked up.
     */
    @Transactional(readOnly = true)
    public Page<UsableRate> usablePage(LocalDate on, PageQuery query) {
        if (!query.first() && query.after().size() != 1) {
            throw query.badCursor();
        }
        TreeSet<String> currencies = new TreeSet<>(FIXED.keySet());
        currencies.add(EURO);
        repository.latestApproved().forEach(r -> currencies.add(r.currency()));
        List<UsableRate> usable = new ArrayList<>();
        for (String currency : query.first() ? currencies : currencies.tailSet(query.after().get(0), false)) {
            if (usable.size() > query.limit()) {
                break;
            }
            try {
                usable.add(perEuro(currency, on));
            } catch (FundException noRate) {
                // listed only when usable on that date
            }
        }
        if (usable.size() <= query.limit()) {
            return new Page<>(usable, null);
        }
        List<UsableRate> shown = usable.subList(0, query.limit());
        return new Page<>(shown, PageCursor.encode(query.list(), List.of(shown.get(shown.size() - 1).currency())));
    }

    /** The newest approved rate of each stored currency, whatever its age (one per currency). */
    @Transactional(readOnly = true)
    public List<ExchangeRate> latest() {
        Map<String, ExchangeRate> first = new LinkedHashMap<>();
        repository.latestApproved().forEach(r -> first.putIfAbsent(r.currency(), r));
        return List.copyOf(first.values());
    }

    @Transactional(readOnly = true)
    public List<ExchangeRate> pending() {
        return repository.pending();
    }

    /** A rate entered by a FINANCE person: unusable until another person approves it. */
    @Transactional
    public ExchangeRate enter(String personId, String currency, String unitsPerEur, LocalDate validOn) {
        Map<String, String> errors = new LinkedHashMap<>();
        String code = currency == null ? "" : currency.strip().toUpperCase(java.util.Locale.ROOT);
        if (EURO.equals(code) || FIXED.containsKey(code)) {
            errors.put("currency", EURO.equals(code) ? "The euro is always 1 per EUR."
                    : code + " is fixed at " + FIXED.get(code).toPlainString() + " per EUR; its rate cannot be entered.");
        } else {
            checkCurrency("currency", code, errors);
        }
        BigDecimal rate = parseRate(unitsPerEur, errors);
        if (validOn == null) {
            errors.put("validOn", "Give the date the rate is for.");
        }
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, errors.values().iterator().next(), errors);
        }
        String id = UUID.randomUUID().toString();
        repository.insertEntered(id, code, rate, validOn, personId, clock.instant());
        audit.record(personId, "EXCHANGE_RATE_ENTERED", "EXCHANGE_RATE", id, code + " " + rate.toPlainString() + " per EUR on " + validOn);
        return repository.find(id).orElseThrow();
    }

    /** Approves an entered rate. Four eyes: the person who entered it may not approve it. */
    @Transactional
    public ExchangeRate approve(String personId, String rateId) {
        ExchangeRate rate = pendingRate(rateId);
        if (rate.enteredBy().equals(personId)) {
            throw new FundException(ProblemType.STATE_CONFLICT,
                    "You entered this rate, so another FINANCE person must approve it (four eyes).");
        }
        return decide(personId, rate, ExchangeRate.Status.APPROVED);
    }

    /** Rejects an entered rate; the person who entered it may also withdraw it this way. */
    @Transactional
    public ExchangeRate reject(String personId, String rateId) {
        return decide(personId, pendingRate(rateId), ExchangeRate.Status.REJECTED);
    }

    private ExchangeRate decide(String personId, ExchangeRate rate, ExchangeRate.Status status) {
        if (!repository.decide(rate.id(), status, personId, clock.instant())) {
            throw FundException.conflict("Someone decided on this rate at the same moment; reload to see the decision.");
        }
        audit.record(personId, "EXCHANGE_RATE_" + status, "EXCHANGE_RATE", rate.id(),
                rate.currency() + " " + rate.unitsPerEur().toPlainString() + " per EUR on " + rate.validOn());
        return repository.find(rate.id()).orElseThrow();
    }

    private ExchangeRate pendingRate(String rateId) {
        ExchangeRate rate = repository.find(rateId).filter(r -> r.source() == RateSource.ENTERED)
                .orElseThrow(() -> FundException.notFound("Exchange rate"));
        if (rate.status() != ExchangeRate.Status.PENDING) {
            throw FundException.conflict("This rate was already " + rate.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return rate;
    }

    /** Which ECB currency columns the fund keeps: known ISO 4217 codes, neither the euro nor a fixed parity. */
    boolean keepsEcbRate(String currency) {
        return !EURO.equals(currency) && !FIXED.containsKey(currency) && reference.isCurrency(currency);
    }

    private void checkCurrency(String field, String code, Map<String, String> errors) {
        if (code == null || code.isBlank()) {
            errors.put(field, "Choose a currency.");
        } else if (!reference.isCurrency(code)) {
            errors.put(field, "Unknown currency " + code + ".");
        }
    }

    private static BigDecimal parseRate(String text, Map<String, String> errors) {
        String message = "Enter the rate as units per 1 EUR, a positive number with at most 10 decimals, like 1.0512.";
        try {
            BigDecimal rate = new BigDecimal(text == null ? "" : text.strip());
            if (rate.signum() > 0 && rate.stripTrailingZeros().scale() <= 10 && rate.precision() - rate.scale() <= 14) {
                return EcbRateFile.plain(rate);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put("unitsPerEur", message);
        return null;
    }

    private static FundException noRate(String currency, LocalDate on) {
        String message = "No usable rate for " + currency + " on " + on + ": upload the ECB rates (at most 7 days old) "
                + "or have a rate entered and approved (at most 31 days old) for that date.";
        return new FundException(ProblemType.STATE_CONFLICT, message, Map.of("on", message));
    }
}
