package org.globalaifund.engine.reference;

import java.util.Arrays;
import java.util.Optional;

/**
 * UN M49 regions and sub-regions (IATI RegionVocabulary 2) where network nodes sit. The codes and
 * names are those of the UN Statistics Division's standard country or area codes (M49).
 */
public enum UnRegion {
    AFRICA("002", "Africa"),
    NORTHERN_AFRICA("015", "Northern Africa"),
    SUB_SAHARAN_AFRICA("202", "Sub-Saharan Africa"),
    AMERICAS("019", "Americas"),
    LATIN_AMERICA_AND_CARIBBEAN("419", "Latin America and the Caribbean"),
    NORTHERN_AMERICA("021", "Northern America"),
    ASIA("142", "Asia"),
    CENTRAL_ASIA("143", "Central Asia"),
    EASTERN_ASIA("030", "Eastern Asia"),
    SOUTH_EASTERN_ASIA("035", "South-eastern Asia"),
    SOUTHERN_ASIA("034", "Southern Asia"),
    WESTERN_ASIA("145", "Western Asia"),
    EUROPE("150", "Europe"),
    OCEANIA("009", "Oceania");

    private final String m49;
    private final String label;

    UnRegion(String m49, String label) {
        this.m49 = m49;
        this.label = label;
    }

    public String m49() {
        return m49;
    }

    public String label() {
        return label;
    }

    public static Optional<UnRegion> ofM49(String code) {
        return Arrays.stream(values()).filter(r -> r.m49.equals(code)).findFirst();
    }
}
