package org.globalaifund.engine.people;

/** Invited people have not chosen a password yet; deactivated people can neither log in nor act. */
public enum PersonStatus {
    INVITED,
    ACTIVE,
    DEACTIVATED
}
