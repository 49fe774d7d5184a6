package org.commissioninghub.delegation.demo;

import org.commissioninghub.demo.Journey;
import org.commissioninghub.demo.StopAt;

/**
 * The demo's one delegation: Bristol, North Somerset and South Gloucestershire (BNSSG) taking on
 * pharmacy, optometry and dental commissioning, its checklist agreed after item 2B was remediated,
 * due diligence under way with some strands done and others open.
 */
enum DelegationJourney implements Journey {
  BNSSG_DUE_DILIGENCE;

  @Override
  public String description() {
    return "BNSSG delegation in due diligence, finance assured and some strands still open";
  }

  /** Due diligence strands stop at tasks of their own ({@link DelegationWalk#leavesOpen}). */
  @Override
  public StopAt stop() {
    return StopAt.WHERE_IT_WAITS;
  }
}
