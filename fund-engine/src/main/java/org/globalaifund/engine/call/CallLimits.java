package org.globalaifund.engine.call;

import org.globalaifund.engine.money.Money;

/**
 * What one application may request from a call: cash in the call's currency, GPU-hours of shared compute,
 * training seats and hours of expert time. Zero means the call offers none of that kind of support.
 */
public record CallLimits(Money maxCash, int maxGpuHours, int maxTrainingSeats, int maxExpertHours) {}
