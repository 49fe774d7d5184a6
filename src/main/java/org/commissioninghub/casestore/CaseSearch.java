package org.commissioninghub.casestore;

/** Filters for listing cases; a null field does not filter. */
public record CaseSearch(Programme programme, CaseStatus status, String stage) {}
