package org.globalaifund.engine.security;

import java.util.Locale;
import org.globalaifund.engine.people.PersonRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads people from the fund's own user store for login; invited and deactivated people are disabled. */
@Service
public class PersonUserDetailsService implements UserDetailsService {

    private final PersonRepository people;

    public PersonUserDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        String key = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return people.findByEmail(key)
                .map(p -> new FundUser(p, people.passwordHash(p.id()).orElse(null)))
                .orElseThrow(() -> new UsernameNotFoundException("No such person"));
    }
}
