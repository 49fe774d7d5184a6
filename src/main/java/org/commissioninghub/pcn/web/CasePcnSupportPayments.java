package org.commissioninghub.pcn.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.pcn.PcnDevelopmentService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A PCN development case's support payments: rate, population, amount and who authorised them. */
@Component
@Order(5)
class CasePcnSupportPayments implements CaseItems {

  record PaymentSummary(long networkId, String contractYear, BigDecimal ratePerHead, int population,
      BigDecimal amountGbp, String authorisedBy, LocalDate authorisedOn) {}

  private final PcnDevelopmentService pcnDevelopment;

  CasePcnSupportPayments(PcnDevelopmentService pcnDevelopment) {
    this.pcnDevelopment = pcnDevelopment;
  }

  @Override
  public String field() {
    return "pcnSupportPayments";
  }

  @Override
  public List<PaymentSummary> of(CommissioningCase commissioningCase) {
    return pcnDevelopment.supportPaymentsOf(commissioningCase.getId()).stream()
        .map(payment -> new PaymentSummary(payment.getNetworkId(), payment.getContractYear(), payment.getRatePerHead(),
            payment.getPopulation(), payment.getAmountGbp(), payment.getAuthorisedBy(), payment.getAuthorisedOn()))
        .toList();
  }
}
