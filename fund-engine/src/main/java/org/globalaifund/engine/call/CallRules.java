package org.globalaifund.engine.call;

import static org.globalaifund.engine.db.Tables.FUND_DEFINITION;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.globalaifund.engine.db.tables.records.FundDefinitionRecord;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.reference.ReferenceData;
import org.globalaifund.engine.reference.SdgGoals;
import org.jooq.DSLContext;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Checks a call's terms before anything is written, field by field, with each message in the reader's language.
 * Restricted funds must fit the call: a fund for a call only that call, for an SDG goal or an enabler only a call
 * that includes it; a region's fund fits any call (eligibility of each applicant's country decides).
 */
@Component
class CallRules {

    private static final BigDecimal MAX_WEIGHT = new BigDecimal("1000");

    private final DSLContext dsl;
    private final ReferenceData reference;
    private final SdgGoals sdgs;
    private final MessageSourceAccessor texts;

    CallRules(DSLContext dsl, ReferenceData reference, SdgGoals sdgs, MessageSourceAccessor texts) {
        this.dsl = dsl;
        this.reference = reference;
        this.sdgs = sdgs;
        this.texts = texts;
    }

    /** The terms checked and converted; {@code errors} names each field at fault (empty when valid). */
    record Checked(Money budget, CallLimits limits, ReviewWeights weights, Map<String, String> errors) {}

    Checked check(String ref, CallTerms t) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (ref == null || !ref.matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
            errors.put("ref", text("call.error.ref"));
        }
        if (t.title() == null || t.title().isBlank() || t.title().length() > 300) {
            errors.put("title", text("call.error.title"));
        }
        if (t.description() == null || t.description().isBlank() || t.description().length() > 20000) {
            errors.put("description", text("call.error.description"));
        }
        Money budget = null;
        Money maxCash = null;
        if (!reference.isCurrency(t.currency())) {
            errors.put("currency", text("call.error.currency"));
        } else {
            budget = money(t.budget(), t.currency(), "budget", errors);
            if (budget != null && !budget.isPositive()) {
                errors.put("budget", text("call.error.budgetPositive"));
            }
            String cash = t.limits() == null || t.limits().maxCash() == null || t.limits().maxCash().isBlank() ? "0" : t.limits().maxCash();
            maxCash = money(cash, t.currency(), "maxCash", errors);
            if (maxCash != null && (maxCash.minor() < 0 || budget != null && maxCash.minor() > budget.minor())) {
                errors.put("maxCash", text("call.error.maxCash"));
            }
        }
        if (t.opensOn() == null) {
            errors.put("opensOn", text("call.error.opensOn"));
        }
        if (t.closesOn() == null || t.opensOn() != null && !t.closesOn().isAfter(t.opensOn())) {
            errors.put("closesOn", text("call.error.closesOn"));
        }
        if (t.priorityAreas() == null || t.priorityAreas().isEmpty() || t.priorityAreas().stream().anyMatch(java.util.Objects::isNull)) {
            errors.put("priorityAreas", text("call.error.priorityAreas"));
        }
        if (t.sdgGoals() == null || t.sdgGoals().isEmpty() || !t.sdgGoals().stream().allMatch(sdgs::contains)) {
            errors.put("sdgGoals", text("call.error.sdgGoals"));
        }
        if (t.countries() == null || t.countries().isEmpty()) {
            errors.put("countries", text("call.error.countriesNone"));
        } else {
            t.countries().stream().filter(c -> !reference.countries().contains(c)).findFirst()
                    .ifPresent(c -> errors.put("countries", text("call.error.country", c)));
        }
        checkFunds(ref, t, errors);
        CallLimits limits = limits(t.limits(), maxCash, errors);
        ReviewWeights weights = weights(t.weights(), errors);
        return new Checked(budget, limits, weights, errors);
    }

    private void checkFunds(String ref, CallTerms t, Map<String, String> errors) {
        if (t.fundCodes() == null || t.fundCodes().isEmpty()) {
            errors.put("fundCodes", text("call.error.fundsNone"));
            return;
        }
        for (String code : t.fundCodes()) {
            FundDefinitionRecord fund = code == null ? null : dsl.selectFrom(FUND_DEFINITION).where(FUND_DEFINITION.CODE.eq(code)).fetchOne();
            if (fund == null) {
                errors.put("fundCodes", text("call.error.fundUnknown", code));
                return;
            }
            String value = fund.getPurposeValue();
            boolean fits = switch (fund.getPurposeKind()) {
                case "CALL" -> value.equals(ref);
                case "SDG_GOAL" -> t.sdgGoals() != null && t.sdgGoals().contains(Integer.valueOf(value));
                case "ENABLER" -> t.priorityAreas() != null && t.priorityAreas().stream().anyMatch(a -> a != null && a.name().equals(value));
                default -> true;
            };
            if (!fits) {
                errors.put("fundCodes", text("call.error.fundRestricted", code));
                return;
            }
        }
    }

    private CallLimits limits(CallTerms.Limits entered, Money maxCash, Map<String, String> errors) {
        CallTerms.Limits l = entered == null ? new CallTerms.Limits(null, null, null, null) : entered;
        int gpu = count(l.maxGpuHours(), "maxGpuHours", errors);
        int seats = count(l.maxTrainingSeats(), "maxTrainingSeats", errors);
        int hours = count(l.maxExpertHours(), "maxExpertHours", errors);
        if (maxCash != null && maxCash.minor() == 0 && gpu == 0 && seats == 0 && hours == 0 && !errors.containsKey("maxCash")) {
            errors.put("maxCash", text("call.error.limitsNone"));
        }
        return maxCash == null ? null : new CallLimits(maxCash, gpu, seats, hours);
    }

    private int count(Integer value, String field, Map<String, String> errors) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            errors.put(field, text("call.error.count"));
            return 0;
        }
        return value;
    }

    private ReviewWeights weights(Map<ReviewCriterion, BigDecimal> entered, Map<String, String> errors) {
        Map<ReviewCriterion, BigDecimal> weights = new EnumMap<>(ReviewWeights.equal().entered());
        if (entered != null) {
            for (Map.Entry<ReviewCriterion, BigDecimal> e : entered.entrySet()) {
                BigDecimal w = e.getValue();
                if (e.getKey() == null || w == null || w.signum() <= 0 || w.compareTo(MAX_WEIGHT) > 0 || w.stripTrailingZeros().scale() > 4) {
                    errors.put(e.getKey() == null ? "weights" : "weight_" + e.getKey().name(), text("call.error.weight"));
                } else {
                    weights.put(e.getKey(), w);
                }
            }
        }
        return new ReviewWeights(weights);
    }

    private Money money(String amount, String currency, String field, Map<String, String> errors) {
        try {
            return Money.of(amount, currency);
        } catch (IllegalArgumentException e) {
            int scale = Money.currency(currency).getDefaultFractionDigits();
            boolean overPrecise = amount != null && amount.trim().matches("-?\\d+(\\.\\d+)?")
                    && new BigDecimal(amount.trim()).stripTrailingZeros().scale() > scale;
            errors.put(field, overPrecise ? text("call.error.scale", currency, scale) : text("call.error.amount"));
            return null;
        }
    }

    /** A text in the request's language, for the whole package: arguments as they come, never mistaken for a default text. */
    String text(String key, Object... args) {
        return texts.getMessage(key, args);
    }

    static List<String> sortedCodes(java.util.Collection<String> codes) {
        return codes.stream().map(String::strip).distinct().sorted().toList();
    }
}
