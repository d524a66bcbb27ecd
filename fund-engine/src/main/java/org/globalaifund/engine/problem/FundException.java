package org.globalaifund.engine.problem;

import java.util.Map;

/**
 * A business failure with its problem type: mapped once to problem+json for the API and to a message
 * next to the field for forms. {@code fieldErrors} names the fields at fault, if any.
 */
public class FundException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, String> fieldErrors;

    public FundException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public FundException(ProblemType type, String detail, Map<String, String> fieldErrors) {
        super(detail);
        this.type = type;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** What a page shows: the message next to each field at fault, or one message for the whole form (key "form"). */
    public Map<String, String> formErrors() {
        return fieldErrors.isEmpty() ? Map.of("form", getMessage()) : fieldErrors;
    }

    /** A resource that does not exist, or that the caller may not know exists (404, never 403). */
    public static FundException notFound(String what) {
        return new FundException(ProblemType.NOT_FOUND, what + " not found");
    }

    public static FundException invalid(String field, String message) {
        return new FundException(ProblemType.INVALID_INPUT, message, Map.of(field, message));
    }

    public static FundException conflict(String message) {
        return new FundException(ProblemType.STATE_CONFLICT, message);
    }
}
