package org.globalaifund.engine.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in person: their email is the login name, their person id is who they are everywhere else. */
public class FundUser extends User {

    private final String personId;
    private final String displayName;
    private final Set<Role> roles;

    public FundUser(Person person, String passwordHash) {
        super(person.email(), passwordHash == null ? "" : passwordHash, person.isActive(), true, true, true,
                authorities(person.roles()));
        this.personId = person.id();
        this.displayName = person.displayName();
        this.roles = person.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(person.roles());
    }

    public static Collection<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    public String personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FundUser user && user.personId.equals(personId);
    }

    @Override
    public int hashCode() {
        return personId.hashCode();
    }
}
