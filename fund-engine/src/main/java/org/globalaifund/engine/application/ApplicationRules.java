package org.globalaifund.engine.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.reference.Codelist;
import org.globalaifund.engine.reference.ReferenceData;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Checks each step of an application before anything is written, field by field, with each message in the
 * reader's language: codes from the official lists only, an SDG target only under a chosen goal, amounts in the
 * call's currency at its scale, positive, and in total within what the call offers in cash.
 */
@Component
public class ApplicationRules {

    private final Codelist sdgTargets = Codelist.load("UNSDG-Targets");
    private final ReferenceData reference;
    private final MessageSourceAccessor texts;

    ApplicationRules(ReferenceData reference, MessageSourceAccessor texts) {
        this.reference = reference;
        this.texts = texts;
    }

    /** A budget row as typed: category and amount, both possibly empty. */
    public record BudgetRow(String category, String amount) {
        boolean isEmpty() {
            return (category == null || category.isBlank()) && (amount == null || amount.isBlank());
        }
    }

    /** A signatory as typed on the organisation page: name and title, both possibly empty. */
    public record SignatoryRow(String name, String title) {
        boolean isEmpty() {
            return (name == null || name.isBlank()) && (title == null || title.isBlank());
        }
    }

    /**
     * Checks the organisation and its signatories (rows left empty are ignored; one to three needed, each with a name
     * and a title); returns the signatories to keep, in order. Row n's fields are {@code signatoryName<n>} and
     * {@code signatoryTitle<n>}.
     */
    List<SignatoryRow> organisation(String name, String type, String country, List<SignatoryRow> signatories) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank() || name.length() > 300) {
            errors.put("orgName", text("application.error.orgName"));
        }
        if (!reference.organisationTypes().contains(type)) {
            errors.put("orgType", text("application.error.orgType"));
        }
        if (!reference.countries().contains(country)) {
            errors.put("orgCountry", text("application.error.orgCountry"));
        }
        List<SignatoryRow> named = new ArrayList<>();
        List<SignatoryRow> rows = signatories == null ? List.of() : signatories;
        if (rows.size() > ApplicationSignatories.MAX) {
            errors.put("signatories", text("application.error.signatoriesMax", ApplicationSignatories.MAX));
        }
        for (int i = 0; i < rows.size(); i++) {
            SignatoryRow row = rows.get(i);
            if (row == null || row.isEmpty()) {
                continue;
            }
            if (row.name() == null || row.name().isBlank() || row.name().strip().length() > 300) {
                errors.put("signatoryName" + (i + 1), text("application.error.signatoryName"));
            }
            if (row.title() == null || row.title().isBlank() || row.title().strip().length() > 200) {
                errors.put("signatoryTitle" + (i + 1), text("application.error.signatoryTitle"));
            }
            named.add(row);
        }
        if (named.isEmpty()) {
            errors.put("signatoryName1", text("application.error.signatories"));
        }
        refuseIfAny(errors);
        return named;
    }

    /** The goals as numbers, sorted; refused when a goal is not 1-17 or a target is unknown or under no chosen goal. */
    List<Integer> project(String title, String summary, List<String> goals, List<String> targets) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank() || title.length() > 300) {
            errors.put("projectTitle", text("application.error.projectTitle"));
        }
        if (summary == null || summary.isBlank() || summary.length() > 4000) {
            errors.put("projectSummary", text("application.error.projectSummary"));
        }
        TreeSet<Integer> chosen = new TreeSet<>();
        for (String goal : goals) {
            Integer number = goal != null && goal.matches("\\d{1,2}") ? Integer.valueOf(goal) : null;
            if (number == null || number < 1 || number > 17) {
                errors.put("sdgGoals", text("application.error.sdgGoal"));
            } else {
                chosen.add(number);
            }
        }
        if (goals.isEmpty()) {
            errors.put("sdgGoals", text("application.error.sdgGoals"));
        }
        for (String target : targets) {
            if (!sdgTargets.contains(target)) {
                errors.put("sdgTargets", text("application.error.sdgTargetUnknown", target));
                break;
            }
            if (!chosen.contains(Integer.valueOf(target.substring(0, target.indexOf('.'))))) {
                errors.put("sdgTargets", text("application.error.sdgTargetGoal", target));
                break;
            }
        }
        refuseIfAny(errors);
        return List.copyOf(chosen);
    }

    /** The lines in the call's currency, empty rows left out; refused next to the row at fault or the total. */
    List<BudgetLine> budget(List<BudgetRow> rows, FundingCall call) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<BudgetLine> lines = new ArrayList<>();
        String currency = call.budget().currency().getCurrencyCode();
        for (int i = 0; i < rows.size(); i++) {
            BudgetRow row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            BudgetCategory category = category(row.category());
            if (category == null) {
                errors.put("category_" + i, text("application.error.category"));
            }
            Money amount = amount(row.amount(), currency, "amount_" + i, errors);
            if (category != null && amount != null) {
                lines.add(new BudgetLine(category, amount));
            }
        }
        long maxCash = call.limits().maxCash().minor();
        if (!lines.isEmpty() && maxCash == 0) {
            errors.put("budget", text("application.error.noCash"));
        } else if (errors.isEmpty()) {
            long total = 0;
            for (BudgetLine line : lines) {
                total = Math.addExact(total, line.amount().minor());
            }
            if (total > maxCash) {
                errors.put("budget", text("application.error.cashLimit", call.limits().maxCash().display(locale())));
            }
        }
        refuseIfAny(errors);
        return lines;
    }

    /** Whether a target code belongs to the official list (used by pages to name it). */
    public Codelist sdgTargets() {
        return sdgTargets;
    }

    private Money amount(String typed, String currency, String field, Map<String, String> errors) {
        Matcher marked = CURRENCY_MARKED.matcher(typed == null ? "" : typed.strip());
        if (marked.matches() && (marked.group(1) != null || marked.group(3) != null)) {
            String code = currencyOf(marked.group(1) != null ? marked.group(1) : marked.group(3));
            if (!currency.equals(code)) {
                errors.put(field, text("application.error.currency", currency, code));
                return null;
            }
            typed = marked.group(2);
        }
        try {
            Money money = Money.of(typed, currency);
            if (!money.isPositive()) {
                errors.put(field, text("application.error.amountPositive"));
                return null;
            }
            return money;
        } catch (IllegalArgumentException e) {
            int scale = Money.currency(currency).getDefaultFractionDigits();
            boolean overPrecise = typed != null && typed.trim().matches("-?\\d+(\\.\\d+)?")
                    && new BigDecimal(typed.trim()).stripTrailingZeros().scale() > scale;
            errors.put(field, overPrecise ? text("application.error.scale", currency, scale) : text("application.error.amount"));
            return null;
        }
    }

    /**
     * An amount typed with a currency before or after it ("EUR 1200", "1200 usd", "€1200"): accepted when it is the
     * call's currency, refused by name otherwise, so nobody asks for euros in a dollar call by mistake.
     */
    private static final Pattern CURRENCY_MARKED =
            Pattern.compile("(?:([A-Za-z]{3}|[€£¥$])\\s*)?(-?[0-9][0-9.,]*)(?:\\s*([A-Za-z]{3}|[€£¥$]))?");

    private static String currencyOf(String mark) {
        if (mark == null) {
            return null;
        }
        return switch (mark) {
            case "€" -> "EUR";
            case "£" -> "GBP";
            case "¥" -> "JPY";
            case "$" -> "USD";
            default -> mark.toUpperCase(Locale.ROOT);
        };
    }

    private static BudgetCategory category(String typed) {
        for (BudgetCategory c : BudgetCategory.values()) {
            if (c.name().equals(typed)) {
                return c;
            }
        }
        return null;
    }

    private static void refuseIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, String.join(" ", errors.values()), errors);
        }
    }

    /** A text in the request's language, for the whole package: arguments as they come, never mistaken for a default text. */
    String text(String key, Object... args) {
        return texts.getMessage(key, args);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
