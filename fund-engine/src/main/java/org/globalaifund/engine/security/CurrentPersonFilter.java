package org.globalaifund.engine.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the logged-in person on every request: a deactivated person's session ends at once (on every
 * node of a cluster, as the check reads the database), and granted or revoked roles apply immediately.
 */
public class CurrentPersonFilter extends OncePerRequestFilter {

    private final PersonRepository people;

    public CurrentPersonFilter(PersonRepository people) {
        this.people = people;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof FundUser user) {
            Optional<Person> current = people.findById(user.personId());
            if (current.isEmpty() || !current.get().isActive()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!current.get().roles().equals(user.roles())
                    || !current.get().displayName().equals(user.displayName())) {
                FundUser refreshed = new FundUser(current.get(), "");
                UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(
                        refreshed, null, refreshed.getAuthorities());
                updated.setDetails(authentication.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(updated);
                SecurityContextHolder.setContext(context);
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.setAttribute("SPRING_SECURITY_CONTEXT", context);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
