package org.commissioninghub.prison;

import org.commissioninghub.identity.Role;

/** The workstreams every prison site runs in parallel before its readiness is assessed, each owned by a role. */
enum SiteWorkstream {
  WORKFORCE("Workforce and TUPE", Role.HR_LEAD),
  VETTING("Security vetting and keys training", Role.HR_LEAD),
  CQC("CQC registration", Role.CONTRACT_MANAGER),
  CLINICAL_IT("Clinical IT", Role.PROGRAMME_MANAGER),
  INFORMATION_GOVERNANCE("Information governance", Role.IG_LEAD),
  MEDICINES("Medicines and pharmacy", Role.CLINICAL_LEAD),
  ESTATES("Estates and equipment", Role.PROGRAMME_MANAGER),
  CLINICAL_PATHWAYS("Clinical pathways and subcontractors", Role.CLINICAL_LEAD);

  private final String title;
  private final Role owner;

  SiteWorkstream(String title, Role owner) {
    this.title = title;
    this.owner = owner;
  }

  String title() {
    return title;
  }

  Role owner() {
    return owner;
  }
}
