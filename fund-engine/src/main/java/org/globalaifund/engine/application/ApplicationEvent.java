package org.globalaifund.engine.application;

import java.time.Instant;

/** One entry of an application's timeline: when, what happened, and who did it (null when the fund itself acted). */
public record ApplicationEvent(Instant occurredAt, String kind, String actorName) {}
