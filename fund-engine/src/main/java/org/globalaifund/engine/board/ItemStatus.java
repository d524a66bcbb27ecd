package org.globalaifund.engine.board;

/** A docket item is OPEN until a motion on it carries (DECIDED) or ADMIN takes it off before any motion (REMOVED). */
public enum ItemStatus { OPEN, DECIDED, REMOVED }
