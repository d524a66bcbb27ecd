package org.globalaifund.ledger;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A book: every entry balances within one. {@code FIN-<ISO 4217>} and {@code BUD-<ISO 4217>} hold money in the
 * currency's minor unit; {@code GPUH-<class>}, {@code SEAT}, {@code EXPERT-HOUR} and {@code DATA-LICENCE} hold counts.
 */
public record Book(String code, BookKind kind, Currency currency, int minorUnitDigits, LocalDate closedThrough) {

    private static final Pattern GPU_CLASS = Pattern.compile("GPUH-[A-Z0-9][A-Z0-9_]{0,34}");

    public Book {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
    }

    /** {@code FIN-<currency>}: the financial book of one currency. */
    public static String financial(Currency currency) {
        return "FIN-" + currency.getCurrencyCode();
    }

    /** {@code BUD-<currency>}: the budgetary-control book of one currency. */
    public static String budgetary(Currency currency) {
        return "BUD-" + currency.getCurrencyCode();
    }

    /** {@code GPUH-<class>}: GPU hours of one hardware class, e.g. {@code GPUH-H100}. */
    public static String gpuHours(String gpuClass) {
        return "GPUH-" + gpuClass;
    }

    public static final String SEAT = "SEAT";
    public static final String EXPERT_HOUR = "EXPERT-HOUR";
    public static final String DATA_LICENCE = "DATA-LICENCE";

    /** The book a code names, with its kind and scale; empty if the code follows none of the book patterns. */
    public static Optional<Book> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (code.startsWith("FIN-") || code.startsWith("BUD-")) {
            Optional<Currency> currency = currency(code.substring(4));
            BookKind kind = code.startsWith("FIN-") ? BookKind.FIN : BookKind.BUD;
            return currency.map(c -> new Book(code, kind, c, Math.max(0, c.getDefaultFractionDigits()), null));
        }
        if (code.equals(SEAT) || code.equals(EXPERT_HOUR) || code.equals(DATA_LICENCE) || GPU_CLASS.matcher(code).matches()) {
            return Optional.of(new Book(code, BookKind.UNIT, null, 0, null));
        }
        return Optional.empty();
    }

    private static Optional<Currency> currency(String isoCode) {
        if (isoCode.length() != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(isoCode));
        } catch (IllegalArgumentException notIso) {
            return Optional.empty();
        }
    }

    /** True if an entry dated {@code valueDate} would fall into a closed period. */
    public boolean closedOn(LocalDate valueDate) {
        return closedThrough != null && !valueDate.isAfter(closedThrough);
    }
}
