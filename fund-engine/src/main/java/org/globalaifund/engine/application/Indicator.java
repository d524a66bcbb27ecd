package org.globalaifund.engine.application;

import java.math.BigDecimal;

/**
 * One indicator of an application's draft results framework, shaped like IATI's result indicator: a name, how it is
 * measured (an IATI IndicatorMeasure code) with its unit, the baseline (year and value) and the target, and the SDG
 * target it contributes to. Quantitative indicators carry decimal values; a qualitative one describes its baseline
 * and target in words ({@code baselineComment}, {@code targetComment}). {@code id} stays with the submitted
 * application, so results can later be reported against it.
 */
public record Indicator(
        String id,
        String name,
        String measure,
        String unit,
        int baselineYear,
        BigDecimal baselineValue,
        String baselineComment,
        BigDecimal targetValue,
        String targetComment,
        String sdgTarget) {

    /** IATI IndicatorMeasure code of a qualitative indicator. */
    public static final String QUALITATIVE = "5";
    /** IATI IndicatorMeasure code of an indicator measured in units (which then need a name). */
    public static final String UNIT = "1";
    /** IATI IndicatorMeasure code of a percentage (0 to 100). */
    public static final String PERCENTAGE = "2";

    public boolean qualitative() {
        return QUALITATIVE.equals(measure);
    }

    /** The SDG goal of the indicator's target ("3" for "3.8"). */
    public int sdgGoal() {
        return Integer.parseInt(sdgTarget.substring(0, sdgTarget.indexOf('.')));
    }

    /** The baseline as typed for the form: the number without trailing zeros, or the description. */
    public String baseline() {
        return qualitative() ? baselineComment : plain(baselineValue);
    }

    /** The target as typed for the form: the number without trailing zeros, or the description. */
    public String target() {
        return qualitative() ? targetComment : plain(targetValue);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
