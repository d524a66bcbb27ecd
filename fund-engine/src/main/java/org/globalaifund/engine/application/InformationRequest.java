package org.globalaifund.engine.application;

import java.time.Instant;

/** The screener's latest question on an application (round 1, 2, ...), its deadline and the applicant's answer. */
public record InformationRequest(int round, String question, Instant dueAt, String answer) {}
