package org.globalaifund.engine.problem;

import java.util.Map;
import org.springframework.http.ProblemDetail;

/** Builds problem documents the same way everywhere (API advice, error controller, security). */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    public static ProblemDetail of(FundException e) {
        ProblemDetail problem = of(e.type(), e.getMessage());
        if (!e.fieldErrors().isEmpty()) {
            problem.setProperty("errors", e.fieldErrors());
        }
        return problem;
    }

    public static ProblemDetail withErrors(ProblemType type, String detail, Map<String, String> errors) {
        ProblemDetail problem = of(type, detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
