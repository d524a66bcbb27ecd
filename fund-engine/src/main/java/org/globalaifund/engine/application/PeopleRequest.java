package org.globalaifund.engine.application;

/** Seats in training on a topic and hours of expert time in an area of expertise; 0 = none of that kind (no text). */
public record PeopleRequest(int trainingSeats, String trainingTopic, int expertHours, String expertise) {

    public static final PeopleRequest NONE = new PeopleRequest(0, null, 0, null);
}
