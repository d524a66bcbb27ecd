package org.globalaifund.engine.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.globalaifund.engine.people.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * After login, a person goes back to the page they asked for, or else to their own area: the area of
 * their only role, or the home page listing their areas when they hold several.
 */
final class AreaRedirect implements AuthenticationSuccessHandler {

    private final HttpSessionRequestCache cache = new HttpSessionRequestCache();
    private final SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        if (cache.getRequest(request, response) != null) {
            saved.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        String target = "/home";
        if (authentication.getPrincipal() instanceof FundUser user && user.roles().size() == 1) {
            Role only = user.roles().iterator().next();
            target = only.area();
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
