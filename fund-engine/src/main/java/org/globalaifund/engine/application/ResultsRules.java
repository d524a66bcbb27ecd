package org.globalaifund.engine.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.reference.Codelist;
import org.springframework.stereotype.Component;

/**
 * Checks the indicators of a draft results framework before anything is written, each message next to the field at
 * fault: a name, an IATI IndicatorMeasure, a unit when counted in units, a baseline year, baseline and target as
 * decimals (at most {@value #SCALE} places; 0 to 100 for a percentage) or, when qualitative, in words, and an SDG
 * target from the official list under one of the goals the project chose.
 */
@Component
public class ResultsRules {

    /** At most this many indicators: a results framework, not a monitoring plan. */
    static final int MAX_INDICATORS = 20;
    /** Decimal places of baseline and target values (the column is DECIMAL(19, 4)). */
    static final int SCALE = 4;
    /** Digits before the decimal point, so a value fits DECIMAL(19, 4). */
    static final int MAX_DIGITS = 15;
    /** The first year a baseline may name. */
    static final int FIRST_BASELINE_YEAR = 1990;

    private final Codelist measures = Codelist.load("IndicatorMeasure");
    private final ApplicationRules rules;
    private final Clock clock;

    ResultsRules(ApplicationRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** An indicator row as typed; every field possibly empty. */
    public record IndicatorRow(String name, String measure, String unit, String baselineYear, String baseline, String target,
            String sdgTarget) {

        static final IndicatorRow EMPTY = new IndicatorRow("", "", "", "", "", "", "");

        boolean isEmpty() {
            return List.of(name, measure, unit, baselineYear, baseline, target, sdgTarget).stream().allMatch(s -> s == null || s.isBlank());
        }

        static IndicatorRow of(Indicator i) {
            return new IndicatorRow(i.name(), i.measure(), i.unit() == null ? "" : i.unit(), String.valueOf(i.baselineYear()),
                    i.baseline(), i.target(), i.sdgTarget());
        }
    }

    /** The IATI IndicatorMeasure codelist, for the pages to offer and name the measures. */
    public Codelist measures() {
        return measures;
    }

    /** The indicators of the non-empty rows, in order (without ids); refused next to each field at fault. */
    List<Indicator> indicators(List<IndicatorRow> rows, List<Integer> projectGoals) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Indicator> indicators = new ArrayList<>();
        int filled = 0;
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            filled++;
            Indicator indicator = indicator(row, i, projectGoals, errors);
            if (indicator != null) {
                indicators.add(indicator);
            }
        }
        if (filled > MAX_INDICATORS) {
            errors.put("results", rules.text("application.error.indicatorCount", MAX_INDICATORS));
        }
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, String.join(" ", errors.values()), errors);
        }
        return indicators;
    }

    private Indicator indicator(IndicatorRow row, int i, List<Integer> projectGoals, Map<String, String> errors) {
        int before = errors.size();
        String name = strip(row.name());
        if (name.isEmpty() || name.length() > 300) {
            errors.put("name_" + i, rules.text("application.error.indicatorName"));
        }
        String measure = strip(row.measure());
        boolean measureKnown = measures.contains(measure);
        if (!measureKnown) {
            errors.put("measure_" + i, rules.text("application.error.indicatorMeasure"));
        }
        String unit = strip(row.unit());
        if (unit.length() > 100) {
            errors.put("unit_" + i, rules.text("application.error.indicatorUnitLength"));
        } else if (Indicator.UNIT.equals(measure) && unit.isEmpty()) {
            errors.put("unit_" + i, rules.text("application.error.indicatorUnit"));
        }
        Integer year = baselineYear(strip(row.baselineYear()));
        if (year == null) {
            errors.put("baselineYear_" + i, rules.text("application.error.indicatorYear", FIRST_BASELINE_YEAR, thisYear()));
        }
        boolean qualitative = Indicator.QUALITATIVE.equals(measure);
        String baselineText = null;
        String targetText = null;
        BigDecimal baselineValue = null;
        BigDecimal targetValue = null;
        if (qualitative) {
            baselineText = description(row.baseline(), "baseline_" + i, errors);
            targetText = description(row.target(), "target_" + i, errors);
        } else if (measureKnown) {
            baselineValue = value(row.baseline(), measure, "baseline_" + i, errors);
            targetValue = value(row.target(), measure, "target_" + i, errors);
        }
        String target = strip(row.sdgTarget());
        if (target.isEmpty()) {
            errors.put("sdgTarget_" + i, rules.text("application.error.indicatorSdgTarget"));
        } else if (!rules.sdgTargets().contains(target)) {
            errors.put("sdgTarget_" + i, rules.text("application.error.sdgTargetUnknown", target));
        } else if (projectGoals.isEmpty()) {
            errors.put("sdgTarget_" + i, rules.text("application.error.indicatorNoGoals"));
        } else if (!projectGoals.contains(Integer.valueOf(target.substring(0, target.indexOf('.'))))) {
            errors.put("sdgTarget_" + i, rules.text("application.error.indicatorSdgGoal", target));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Indicator(null, name, measure, unit.isEmpty() ? null : unit, year, baselineValue, baselineText, targetValue,
                targetText, target);
    }

    private Integer baselineYear(String typed) {
        if (!typed.matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(typed);
        return year >= FIRST_BASELINE_YEAR && year <= thisYear() ? year : null;
    }

    private String description(String typed, String field, Map<String, String> errors) {
        String text = strip(typed);
        if (text.isEmpty() || text.length() > 1000) {
            errors.put(field, rules.text("application.error.indicatorDescription"));
            return null;
        }
        return text;
    }

    /** A decimal with a point (or a comma, as French writes it), at most {@link #SCALE} places. */
    private BigDecimal value(String typed, String measure, String field, Map<String, String> errors) {
        String text = strip(typed).replace(',', '.');
        if (text.length() > 40 || !text.matches("-?\\d{1," + MAX_DIGITS + "}(\\.\\d+)?")) {
            errors.put(field, rules.text("application.error.indicatorValue"));
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        if (value.stripTrailingZeros().scale() > SCALE) {
            errors.put(field, rules.text("application.error.indicatorScale", SCALE));
            return null;
        }
        if (Indicator.PERCENTAGE.equals(measure) && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.put(field, rules.text("application.error.indicatorPercentage"));
            return null;
        }
        return value.setScale(SCALE);
    }

    private int thisYear() {
        return clock.instant().atZone(ZoneOffset.UTC).getYear();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
