package org.globalaifund.engine.application;

/** The four facts the Eligibility decision weighs, as the fund found them when the application was checked. */
public record EligibilityFacts(boolean callOpen, boolean countryEligible, boolean withinLimits, boolean requiredPartsPresent) {}
