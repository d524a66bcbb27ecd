package org.globalaifund.engine.people;

import java.time.Instant;
import java.util.Set;

/** Someone who works with the fund, with the roles they hold and, for board members, their seat. */
public record Person(
        String id,
        String email,
        String displayName,
        PersonStatus status,
        Set<Role> roles,
        Constituency constituency,
        boolean chair,
        String preferredLanguage,
        Instant createdAt) {

    public Person {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isActive() {
        return status == PersonStatus.ACTIVE;
    }
}
