package org.commissioninghub.system;

/** One bad field in a request: its JSON path (such as {@code details.trigger}) and what is wrong. */
public record FieldProblem(String field, String message) {}
