package org.globalaifund.engine.application;

/** Where an application stands; the Application process adds eligibility and screening states in a later slice. */
public enum ApplicationStatus { DRAFT, SUBMITTED, WITHDRAWN }
