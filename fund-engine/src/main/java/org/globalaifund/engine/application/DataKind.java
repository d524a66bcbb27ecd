package org.globalaifund.engine.application;

/** What a data line asks for: a data set or a trained model. */
public enum DataKind { DATASET, MODEL }
