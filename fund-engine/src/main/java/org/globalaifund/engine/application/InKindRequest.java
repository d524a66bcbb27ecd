package org.globalaifund.engine.application;

import java.util.List;
import org.globalaifund.engine.call.CallLimits;

/** The in-kind support an application requests besides cash: compute, data sets and models, training and expert time. */
public record InKindRequest(List<ComputeLine> compute, List<DataLine> data, PeopleRequest people) {

    /** The GPU-hours of all compute lines. */
    public long gpuHours() {
        return compute.stream().mapToLong(ComputeLine::gpuHours).sum();
    }

    /** Whether any in-kind support is requested at all. */
    public boolean any() {
        return !compute.isEmpty() || !data.isEmpty() || people.trainingSeats() > 0 || people.expertHours() > 0;
    }

    /** GPU-hours, seats and expert hours each within what the call offers per application (0 = none). */
    public boolean withinLimits(CallLimits limits) {
        return gpuHours() <= limits.maxGpuHours() && people.trainingSeats() <= limits.maxTrainingSeats()
                && people.expertHours() <= limits.maxExpertHours();
    }
}
