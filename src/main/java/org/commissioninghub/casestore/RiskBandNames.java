package org.commissioninghub.casestore;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What people call each risk band: the names a trust's risk management policy uses. */
@Component
public class RiskBandNames {

  private final Map<RiskBand, String> names = new EnumMap<>(RiskBand.class);

  RiskBandNames(@Value("${hub.risk.band-names.low:Low}") String low,
      @Value("${hub.risk.band-names.moderate:Moderate}") String moderate,
      @Value("${hub.risk.band-names.high:High}") String high,
      @Value("${hub.risk.band-names.extreme:Extreme}") String extreme) {
    names.put(RiskBand.LOW, low);
    names.put(RiskBand.MODERATE, moderate);
    names.put(RiskBand.HIGH, high);
    names.put(RiskBand.EXTREME, extreme);
  }

  public String nameOf(RiskBand band) {
    return names.get(band);
  }
}
