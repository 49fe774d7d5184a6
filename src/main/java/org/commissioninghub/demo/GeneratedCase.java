package org.commissioninghub.demo;

/** A case the generator created: its reference, the journey it took, and where it stopped. */
public record GeneratedCase(String reference, String journey, String stage, String status) {}
