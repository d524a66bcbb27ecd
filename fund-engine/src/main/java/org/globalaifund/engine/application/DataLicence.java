package org.globalaifund.engine.application;

/** The licence terms an applicant needs for a data set or model, from the most to the least open. */
public enum DataLicence { OPEN, RESEARCH_ONLY, COMMERCIAL, RESTRICTED_AGREEMENT }
