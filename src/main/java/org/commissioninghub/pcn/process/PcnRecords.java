package org.commissioninghub.pcn.process;

import org.commissioninghub.pcn.PcnDevelopmentService;
import org.springframework.stereotype.Component;

/**
 * What PcnDevelopmentProcess's expressions read from the case store: the user a network's tasks
 * are assigned to, {@code ${pcnRecords.clinicalDirectorUserOf(pcnNetworkId)}}.
 */
@Component("pcnRecords")
public class PcnRecords {

  private final PcnDevelopmentService pcnDevelopment;

  PcnRecords(PcnDevelopmentService pcnDevelopment) {
    this.pcnDevelopment = pcnDevelopment;
  }

  public String clinicalDirectorUserOf(Long networkId) {
    return pcnDevelopment.clinicalDirectorUserOf(networkId);
  }
}
