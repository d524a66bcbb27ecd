package org.globalaifund.engine.call;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * The call form as ADMIN typed it, kept as text so a refused form comes back exactly as entered. Text that
 * cannot be read (a date, a number) becomes a value the rules refuse, so every message comes from one place.
 * Countries come from the list, or pasted as codes separated by spaces or commas ("KE, RW UG").
 */
public record CallForm(String ref, String title, String description, String currency, String budget, String opensOn,
        String closesOn, List<String> priorityAreas, List<String> sdgGoals, List<String> countries, String countryCodes,
        List<String> fundCodes, String maxCash, String maxGpuHours, String maxTrainingSeats, String maxExpertHours,
        Map<ReviewCriterion, String> weights) {

    public static CallForm empty() {
        Map<ReviewCriterion, String> weights = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion c : ReviewCriterion.values()) {
            weights.put(c, "1");
        }
        return new CallForm("", "", "", "USD", "", "", "", List.of(), List.of(), List.of(), "", List.of(), "", "", "", "", weights);
    }

    public static CallForm of(FundingCall c) {
        Map<ReviewCriterion, String> weights = new EnumMap<>(ReviewCriterion.class);
        c.weights().entered().forEach((k, v) -> weights.put(k, v.toPlainString()));
        return new CallForm(c.ref(), c.title(), c.description(), c.budget().currency().getCurrencyCode(), c.budget().amount(),
                c.opensOn().toString(), c.closesOn().toString(), c.priorityAreas().stream().map(Enum::name).toList(),
                c.sdgGoals().stream().map(String::valueOf).toList(), c.countries(), "", c.fundCodes(), c.limits().maxCash().amount(),
                String.valueOf(c.limits().maxGpuHours()), String.valueOf(c.limits().maxTrainingSeats()),
                String.valueOf(c.limits().maxExpertHours()), weights);
    }

    public static CallForm from(MultiValueMap<String, String> p) {
        Map<ReviewCriterion, String> weights = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion c : ReviewCriterion.values()) {
            weights.put(c, one(p, "weight_" + c.name()));
        }
        return new CallForm(one(p, "ref").toUpperCase(Locale.ROOT), one(p, "title"), one(p, "description"),
                one(p, "currency").toUpperCase(Locale.ROOT), one(p, "budget"), one(p, "opensOn"), one(p, "closesOn"),
                many(p, "priorityAreas"), many(p, "sdgGoals"), many(p, "countries"), one(p, "countryCodes"), many(p, "fundCodes"),
                one(p, "maxCash"), one(p, "maxGpuHours"), one(p, "maxTrainingSeats"), one(p, "maxExpertHours"), weights);
    }

    /** Every country chosen in the list or pasted as codes. */
    public Set<String> allCountries() {
        Set<String> all = new LinkedHashSet<>(countries);
        Arrays.stream(countryCodes.split("[\\s,;]+")).filter(s -> !s.isBlank()).map(s -> s.toUpperCase(Locale.ROOT)).forEach(all::add);
        return all;
    }

    public String weight(ReviewCriterion criterion) {
        return weights.getOrDefault(criterion, "");
    }

    /** A limit field by its name, for the form's loop over the four limits. */
    public String limit(String name) {
        return switch (name) {
            case "maxCash" -> maxCash;
            case "maxGpuHours" -> maxGpuHours;
            case "maxTrainingSeats" -> maxTrainingSeats;
            case "maxExpertHours" -> maxExpertHours;
            default -> throw new IllegalArgumentException(name);
        };
    }

    public CallTerms toTerms() {
        Set<PriorityArea> chosen = new HashSet<>();
        for (String a : priorityAreas) {
            chosen.add(Arrays.stream(PriorityArea.values()).filter(x -> x.name().equals(a)).findFirst().orElse(null)); // null: refused
        }
        Map<ReviewCriterion, BigDecimal> w = new EnumMap<>(ReviewCriterion.class);
        weights.forEach((c, text) -> w.put(c, decimal(text)));
        return new CallTerms(ref, title, description, currency, budget, date(opensOn), date(closesOn), chosen,
                sdgGoals.stream().map(CallForm::integer).toList(), allCountries(), fundCodes,
                new CallTerms.Limits(maxCash, integer(maxGpuHours), integer(maxTrainingSeats), integer(maxExpertHours)), w);
    }

    private static String one(MultiValueMap<String, String> p, String name) {
        String value = p.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static List<String> many(MultiValueMap<String, String> p, String name) {
        List<String> values = p.get(name);
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
    }

    private static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Empty is null (none offered); unreadable is -1, which the rules refuse. */
    private static Integer integer(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? BigDecimal.ONE : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
