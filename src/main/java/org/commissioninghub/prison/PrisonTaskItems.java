package org.commissioninghub.prison;

import static org.commissioninghub.prison.PrisonMobilisationVariables.LOT_ID;
import static org.commissioninghub.prison.PrisonMobilisationVariables.SITE_ID;

import java.util.Optional;
import java.util.function.Function;
import org.commissioninghub.workflow.TaskItem;
import org.commissioninghub.workflow.TaskItemSource;
import org.springframework.stereotype.Component;

/**
 * Names the prison site, or else the lot, a task of PrisonMobilisationProcess is about:
 * "Report security vetting — HMP Portland (Lot 3: Dorset)".
 */
@Component
class PrisonTaskItems implements TaskItemSource {

  private final PrisonMobilisationService prisonMobilisation;

  PrisonTaskItems(PrisonMobilisationService prisonMobilisation) {
    this.prisonMobilisation = prisonMobilisation;
  }

  @Override
  public Optional<TaskItem> itemOf(Function<String, Object> variables) {
    if (variables.apply(SITE_ID) instanceof Number siteId) {
      return prisonMobilisation.siteName(siteId.longValue()).map(name -> new TaskItem(name, null));
    }
    if (variables.apply(LOT_ID) instanceof Number lotId) {
      return prisonMobilisation.lotName(lotId.longValue()).map(name -> new TaskItem(name, null));
    }
    return Optional.empty();
  }
}
