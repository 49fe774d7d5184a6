package org.commissioninghub.pcn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers PCN development applies, from configuration ({@code hub.pcn.*}).
 *
 * @param populationThreshold the registered population a network normally serves at least (30,000):
 *     below it the commissioner waives the threshold or the network merges
 * @param contractYears each contract year, such as {@code 2026-27}: its support-payment rate and the
 *     dates of its yearly cycle
 */
@ConfigurationProperties("hub.pcn")
public record PcnPolicy(int populationThreshold, Map<String, ContractYear> contractYears) {

  /**
   * One contract year of the Network Contract DES.
   *
   * @param supportPaymentPerHead the management and development support payment, in pounds per head of
   *     registered population (£1.50 in Derbyshire)
   * @param cycleOpensOn when networks confirm or change their details for the year
   * @param optOutDeadline the last day practices may opt out of the DES for the year (one month's notice)
   */
  public record ContractYear(BigDecimal supportPaymentPerHead, LocalDate cycleOpensOn, LocalDate optOutDeadline) {}

  public PcnPolicy {
    if (populationThreshold < 1) {
      throw new IllegalArgumentException("hub.pcn.population-threshold must be at least 1, not " + populationThreshold);
    }
    contractYears = contractYears == null ? new TreeMap<>() : new TreeMap<>(contractYears);
    for (var year : contractYears.entrySet()) {
      var settings = year.getValue();
      if (!year.getKey().matches("\\d{4}-\\d{2}")) {
        throw new IllegalArgumentException("hub.pcn.contract-years keys are contract years such as 2026-27, not "
            + year.getKey());
      }
      if (settings.supportPaymentPerHead() == null || settings.supportPaymentPerHead().signum() < 0
          || settings.supportPaymentPerHead().scale() > 2) {
        throw new IllegalArgumentException("hub.pcn.contract-years." + year.getKey()
            + ".support-payment-per-head must be pounds and pence of at least 0, not " + settings.supportPaymentPerHead());
      }
      if (settings.cycleOpensOn() == null || settings.optOutDeadline() == null
          || !settings.optOutDeadline().isAfter(settings.cycleOpensOn())) {
        throw new IllegalArgumentException("hub.pcn.contract-years." + year.getKey()
            + " needs cycle-opens-on before opt-out-deadline");
      }
    }
  }

  public Optional<ContractYear> contractYear(String year) {
    return Optional.ofNullable(contractYears.get(year));
  }

  /** The contract year after this one, such as 2027-28 after 2026-27, if it is configured. */
  public Optional<String> nextContractYear(String year) {
    return Optional.ofNullable(((TreeMap<String, ContractYear>) contractYears).higherKey(year));
  }

  /**
   * The support payment for a registered population at a rate per head: exact, in pounds and pence
   * (the rate has at most two decimals, so the product is exact; the scale is fixed at two).
   */
  static BigDecimal supportPayment(BigDecimal ratePerHead, int population) {
    return ratePerHead.multiply(BigDecimal.valueOf(population)).setScale(2, RoundingMode.UNNECESSARY);
  }
}
