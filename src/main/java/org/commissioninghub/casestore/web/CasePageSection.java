package org.commissioninghub.casestore.web;

import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.Viewer;
import org.springframework.ui.Model;

/**
 * A section another feature adds to the case page (documents do), without the case page knowing
 * that feature: the page asks every section bean to add its model for a viewer who reads the whole
 * case, and its template includes the section's fragment when that model is there.
 */
public interface CasePageSection {

  void addTo(Model model, Viewer viewer, CommissioningCase commissioningCase);
}
