package org.globalaifund.engine.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The stable kinds of failure the fund engine reports. Each becomes the {@code type} of an RFC 9457
 * problem document; clients may rely on the slug never changing.
 */
public enum ProblemType {
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    INVALID_INPUT("invalid-input", HttpStatus.BAD_REQUEST, "Invalid input"),
    ALREADY_EXISTS("already-exists", HttpStatus.CONFLICT, "Already exists"),
    STATE_CONFLICT("state-conflict", HttpStatus.CONFLICT, "Not allowed in the current state"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_ENTITY,
            "Idempotency-Key already used for a different request"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication required"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed for your role"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create("https://globalaifund.example/problems/" + slug);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status.value() == status && type != ALREADY_EXISTS && type != INVALID_INPUT) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : INVALID_INPUT;
    }
}
