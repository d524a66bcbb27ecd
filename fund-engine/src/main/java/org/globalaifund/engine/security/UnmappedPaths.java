package org.globalaifund.engine.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The last rule of every chain: a request that no controller answers may pass, so that it gets an
 * honest 404 (page or problem+json) instead of a misleading 403; a request that some controller
 * answers, but that no earlier rule opened, is denied. Deny by default thus holds for everything that exists.
 */
final class UnmappedPaths implements AuthorizationManager<RequestAuthorizationContext> {

    private final RequestMappingHandlerMapping controllers;

    UnmappedPaths(RequestMappingHandlerMapping controllers) {
        this.controllers = controllers;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(!isMapped(context.getRequest()));
    }

    private boolean isMapped(HttpServletRequest request) {
        boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
        if (parsedHere) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            return controllers.getHandler(request) != null;
        } catch (HttpRequestMethodNotSupportedException e) {
            return true;
        } catch (Exception e) {
            return true;
        } finally {
            if (parsedHere) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
