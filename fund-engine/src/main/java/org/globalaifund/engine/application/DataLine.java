package org.globalaifund.engine.application;

import java.util.List;

/** A data set or model an application requests, the licence it needs, and the countries where the data may reside. */
public record DataLine(DataKind kind, String description, DataLicence licence, String licenceNote, List<String> jurisdictions) {}
