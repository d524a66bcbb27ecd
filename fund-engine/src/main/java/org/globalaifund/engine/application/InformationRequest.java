package org.globalaifund.engine.application;

import java.time.Instant;

/**
 * The fund's latest question on an application (round 1, 2, ...), its deadline and the applicant's answer; asked
 * during screening (unanswered, the application lapses) or during review (unanswered, the review goes on without it).
 */
public record InformationRequest(int round, String question, Instant dueAt, String answer, boolean duringReview) {}
