package org.globalaifund.engine.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.problem.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers the API's authentication and authorisation failures with problem+json. */
final class ProblemSecurityHandlers {

    private final ObjectMapper json;

    ProblemSecurityHandlers(ObjectMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Global Fund for AI\"");
            write(response, Problems.of(ProblemType.UNAUTHENTICATED, "Log in with your email and password (HTTP Basic)."));
        };
    }

    AccessDeniedHandler accessDenied() {
        return (request, response, e) -> write(response, Problems.of(ProblemType.FORBIDDEN, "Your roles do not allow this request."));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
