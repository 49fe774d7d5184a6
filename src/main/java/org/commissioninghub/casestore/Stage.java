package org.commissioninghub.casestore;

/**
 * A stage of a programme: a stable code (what the case stores and the diagrams declare on the
 * activities that start it) and the label people read.
 */
public record Stage(String code, String label) {}
