package org.commissioninghub.procurement;

import java.math.BigDecimal;

/**
 * One lot's answers to the Provider Selection Regime questions, in the Regulations' order: is the
 * service new; is only one provider capable of it; do patients choose freely with every qualifying
 * provider contracted; is the current provider performing; is the change considerable (its value
 * against the existing value, or a service materially different in character, which is considerable
 * at any value); can the most suitable provider be identified without a competition.
 */
public record PsrAnswers(
    boolean newService,
    boolean onlyOneCapableProvider,
    boolean patientChoiceAllQualifying,
    boolean incumbentPerforming,
    boolean materiallyDifferentInCharacter,
    boolean mostSuitableProviderIdentifiable,
    BigDecimal existingValue,
    BigDecimal changeValue) {}
