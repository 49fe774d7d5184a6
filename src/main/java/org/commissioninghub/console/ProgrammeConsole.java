package org.commissioninghub.console;

import java.util.List;
import org.commissioninghub.casestore.Programme;

/**
 * What a programme adds to the leads' console, declared by the programme's own module (a bean per
 * programme), so the console shows a new programme's targets and forecasts without changing.
 */
public interface ProgrammeConsole {

  Programme programme();

  /**
   * The stages a case passes through to its finish, in order: a forecast adds the median time of
   * each stage still ahead, and a case finishes when it leaves the last.
   */
  List<String> forecastPath();

  /** What finishing means for the programme's cases, such as "new contracts in place". */
  String finish();

  /** The role whose named person owns a case on the programme board; the person who opened it otherwise. */
  String ownerRole();

  /** The programme's targets, counted within the viewer's scope. */
  List<TargetProgress> targets(TargetCounts counts);
}
