package org.globalaifund.ledger;

/**
 * The optional analysis dimensions of an account beside its fund: donor, grant, tranche, network node and
 * in-kind category. Null means "not split by this dimension".
 */
public record Dimensions(String donor, String grant, String tranche, String node, String category) {

    public static final Dimensions NONE = new Dimensions(null, null, null, null, null);

    public Dimensions {
        checkLength(donor, "donor");
        checkLength(grant, "grant");
        checkLength(tranche, "tranche");
        checkLength(node, "node");
        checkLength(category, "category");
    }

    private static void checkLength(String value, String name) {
        if (value != null && (value.isEmpty() || value.length() > 64 || value.indexOf('|') >= 0)) {
            throw new IllegalArgumentException(name + " must be 1-64 characters without '|': " + value);
        }
    }

    public Dimensions withDonor(String value) {
        return new Dimensions(value, grant, tranche, node, category);
    }

    public Dimensions withGrant(String value) {
        return new Dimensions(donor, value, tranche, node, category);
    }

    public Dimensions withTranche(String value) {
        return new Dimensions(donor, grant, value, node, category);
    }

    public Dimensions withNode(String value) {
        return new Dimensions(donor, grant, tranche, value, category);
    }

    public Dimensions withCategory(String value) {
        return new Dimensions(donor, grant, tranche, node, value);
    }
}
