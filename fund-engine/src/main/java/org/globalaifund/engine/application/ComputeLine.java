package org.globalaifund.engine.application;

import java.time.LocalDate;
import org.globalaifund.engine.gpu.GpuClass;
import org.globalaifund.engine.node.NetworkNode;
import org.globalaifund.engine.reference.UnRegion;

/**
 * Compute an application requests: whole GPU-hours of one class between two dates, where the applicant prefers a UN
 * region, a network node, or neither ({@code region} and {@code node} both null). What a donor's offer is matched on.
 */
public record ComputeLine(GpuClass gpuClass, int gpuHours, UnRegion region, NetworkNode node, LocalDate startsOn, LocalDate endsOn) {}
