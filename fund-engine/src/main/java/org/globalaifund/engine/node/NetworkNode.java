package org.globalaifund.engine.node;

import org.globalaifund.engine.reference.UnRegion;

/**
 * A regional node of the AI Capacity Development Network: the fund's channel to local teams, which
 * receives and pays out tranches and hosts in-kind compute.
 */
public record NetworkNode(
        String id,
        String code,
        String name,
        String hostOrganisation,
        String city,
        String countryCode,
        UnRegion region,
        String contactEmail) {}
