package org.commissioninghub.demo;

import org.commissioninghub.casestore.Programme;

/** A case the generator created: its reference, its programme, the journey it took, and where it stopped. */
public record GeneratedCase(String reference, Programme programme, String journey, String stage, String status) {}
