package org.globalaifund.engine.contribution;

/**
 * A government, company, foundation, multilateral, NGO or individual that gives to the fund. Organisations
 * carry their IATI OrganisationType code; individuals have none.
 */
public record Donor(
        String id,
        String ref,
        String name,
        DonorKind kind,
        String organisationType,
        String countryCode,
        String contactName,
        String contactEmail) {

    /** Whether the donor is an organisation or a private individual. */
    public enum DonorKind {
        ORGANISATION,
        INDIVIDUAL
    }
}
