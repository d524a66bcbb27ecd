package org.globalaifund.engine.people;

/** The five constituencies the fund's board draws its members from (HLAB-AI Recommendation 5). */
public enum Constituency {
    GOVERNMENTS,
    PRIVATE_SECTOR,
    PHILANTHROPY,
    CIVIL_SOCIETY,
    UN_AGENCIES
}
