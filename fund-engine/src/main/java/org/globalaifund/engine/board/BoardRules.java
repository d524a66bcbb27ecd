package org.globalaifund.engine.board;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * What the board's forms may hold, checked before anything is written: a tranche schedule (at least one tranche,
 * amounts positive in the call's currency, a condition for each, a planned month 0-120; blank rows ignored; the total
 * is what the tranches add up to), a meeting's time and place, reasons and notes. Refusals name the field at fault.
 */
@Component
public class BoardRules {

    public static final int MAX_TRANCHES = 10;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_CONDITION = 2000;

    /** One row of a schedule as a form sends it. */
    public record TrancheRow(String amount, String condition, String month) {
        boolean blank() {
            return isBlank(amount) && isBlank(condition) && isBlank(month);
        }
    }

    private final MessageSourceAccessor texts;

    BoardRules(MessageSourceAccessor texts) {
        this.texts = texts;
    }

    /** The schedule of the non-blank rows, numbered 1, 2, ...; refused with one message per field at fault. */
    public List<DraftTranche> schedule(List<TrancheRow> rows, Currency currency) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<DraftTranche> tranches = new ArrayList<>();
        List<TrancheRow> filled = rows == null ? List.of() : rows.stream().filter(r -> r != null && !r.blank()).toList();
        if (filled.isEmpty()) {
            errors.put("tranches", text("board.error.noTranche"));
        } else if (filled.size() > MAX_TRANCHES) {
            errors.put("tranches", text("board.error.tooManyTranches", MAX_TRANCHES));
        }
        int number = 0;
        for (TrancheRow row : rows == null ? List.<TrancheRow>of() : rows) {
            number++;
            if (row == null || row.blank()) {
                continue;
            }
            Money amount = null;
            try {
                amount = Money.of(row.amount(), currency.getCurrencyCode());
                if (!amount.isPositive()) {
                    errors.put("amount-" + number, text("board.error.amount", currency.getCurrencyCode()));
                }
            } catch (IllegalArgumentException e) {
                errors.put("amount-" + number, text("board.error.amount", currency.getCurrencyCode()));
            }
            String condition = row.condition() == null ? "" : row.condition().strip();
            if (condition.isEmpty() || condition.length() > MAX_CONDITION) {
                errors.put("condition-" + number, text("board.error.condition", MAX_CONDITION));
            }
            Integer month = null;
            try {
                month = Integer.valueOf(row.month() == null ? "" : row.month().strip());
                if (month < 0 || month > 120) {
                    month = null;
                }
            } catch (NumberFormatException e) {
                month = null;
            }
            if (month == null) {
                errors.put("month-" + number, text("board.error.month"));
            }
            if (amount != null && amount.isPositive() && month != null && !condition.isEmpty()) {
                tranches.add(new DraftTranche(tranches.size() + 1, amount, condition, month));
            }
        }
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, errors.values().iterator().next(), errors);
        }
        return List.copyOf(tranches);
    }

    /** What the tranches add up to, in {@code currency}. */
    public static Money total(List<DraftTranche> tranches, Currency currency) {
        long sum = 0;
        for (DraftTranche t : tranches) {
            sum = Math.addExact(sum, t.amount().minor());
        }
        return new Money(sum, currency);
    }

    /** Required text of at most {@code max} characters, stripped. */
    public String text(String field, String value, int max, String key) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw FundException.invalid(field, text(key, max));
        }
        return stripped;
    }

    /** Optional text of at most {@code max} characters, stripped; null when blank. */
    public String optional(String field, String value, int max, String key) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw FundException.invalid(field, text(key, max));
        }
        return stripped.isEmpty() ? null : stripped;
    }

    /** A meeting time typed in a datetime-local field (UTC). */
    public LocalDateTime startsAt(String value) {
        try {
            return LocalDateTime.parse(value == null ? "" : value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw FundException.invalid("startsAt", text("board.error.startsAt"));
        }
    }

    /** A text in the request's language, for the whole package: arguments as they come, never mistaken for a default text. */
    public String text(String key, Object... args) {
        return texts.getMessage(key, args);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
