package org.globalaifund.engine.people;

/**
 * What a person may do in the fund. A person may hold several roles; separation of duties is checked
 * per person, whatever roles they hold. Each role has its own area of the portal.
 */
public enum Role {
    APPLICANT("/applicant"),
    REVIEWER("/reviewer"),
    BOARD_MEMBER("/board"),
    DONOR("/donor"),
    NODE_OPERATOR("/node"),
    FINANCE("/finance"),
    MONITOR("/monitor"),
    ADMIN("/admin");

    private final String area;

    Role(String area) {
        this.area = area;
    }

    /** The path of the role's area in the portal. */
    public String area() {
        return area;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
