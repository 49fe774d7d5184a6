package org.commissioninghub.procurement;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Which routes a lot's answers to the Provider Selection Regime questions allow, and why each other
 * route is barred. The decision table (processes/PsrRouteDecision.dmn) recommends one route; these
 * rules say which routes may be confirmed at all, so a barred route can never be confirmed, whatever
 * the recommendation. Regulation 6, in the order NHS England's guidance asks the questions:
 * a new service may go only to the most suitable provider process or a competition; only one
 * capable provider makes direct award A mandatory; unrestricted patient choice makes direct award B
 * mandatory; a current provider not performing, or a considerable change (a change of value over the
 * thresholds, or a service materially different in character at any value), bars direct award C.
 */
@Service
public class PsrRoutes {

  /** The considerable change thresholds of the PSR, from configuration (regulation 6(10) to 6(12)). */
  public record ConsiderableChangeThresholds(BigDecimal minimumValue, BigDecimal minimumShare) {}

  private static final String REGULATIONS = "the Provider Selection Regime Regulations 2023";

  private final ConsiderableChangeThresholds thresholds;

  PsrRoutes(@Value("${hub.psr.considerable-change-minimum-value:500000}") BigDecimal minimumValue,
      @Value("${hub.psr.considerable-change-minimum-share:0.25}") BigDecimal minimumShare) {
    this.thresholds = new ConsiderableChangeThresholds(minimumValue, minimumShare);
  }

  public ConsiderableChangeThresholds thresholds() {
    return thresholds;
  }

  /**
   * Whether the considerable change threshold is met: a service materially different in character
   * meets it at any value; otherwise the change must reach both the minimum value and the minimum
   * share of the existing value.
   */
  public boolean considerableChange(PsrAnswers answers) {
    if (answers.materiallyDifferentInCharacter()) {
      return true;
    }
    if (answers.changeValue() == null || answers.existingValue() == null) {
      return false;
    }
    return answers.changeValue().compareTo(thresholds.minimumValue()) >= 0
        && answers.changeValue().compareTo(answers.existingValue().multiply(thresholds.minimumShare())) >= 0;
  }

  /** The routes the answers allow. */
  public Set<PsrRoute> allowed(PsrAnswers answers) {
    var allowed = EnumSet.allOf(PsrRoute.class);
    allowed.removeAll(barred(answers).keySet());
    return allowed;
  }

  /** Each route the answers bar, with the reason in a sentence for the person confirming the route. */
  public Map<PsrRoute, String> barred(PsrAnswers answers) {
    var barred = new EnumMap<PsrRoute, String>(PsrRoute.class);
    if (answers.newService()) {
      var why = "this is a new service with no current provider, so only the most suitable provider process or the"
          + " competitive process may be followed (regulation 6 of " + REGULATIONS + ")";
      barred.put(PsrRoute.DIRECT_AWARD_A, why);
      barred.put(PsrRoute.DIRECT_AWARD_B, why);
      barred.put(PsrRoute.DIRECT_AWARD_C, why);
      return barred;
    }
    if (answers.onlyOneCapableProvider()) {
      var why = "only one provider is capable of providing the service, so direct award A is mandatory"
          + " (regulation 6(3) of " + REGULATIONS + ")";
      for (var route : PsrRoute.values()) {
        if (route != PsrRoute.DIRECT_AWARD_A) {
          barred.put(route, why);
        }
      }
      return barred;
    }
    barred.put(PsrRoute.DIRECT_AWARD_A, "direct award A needs the current provider to be the only capable provider"
        + " (regulation 6(3) of " + REGULATIONS + "), and the answers say it is not");
    if (answers.patientChoiceAllQualifying()) {
      var why = "patients choose freely and every qualifying provider is offered a contract, so direct award B is"
          + " mandatory (regulation 6(4) of " + REGULATIONS + ")";
      for (var route : PsrRoute.values()) {
        if (route != PsrRoute.DIRECT_AWARD_B) {
          barred.put(route, why);
        }
      }
      return barred;
    }
    barred.put(PsrRoute.DIRECT_AWARD_B, "direct award B needs unrestricted patient choice with every qualifying"
        + " provider offered a contract (regulation 6(4) of " + REGULATIONS + "), and the answers say there is not");
    if (!answers.incumbentPerforming()) {
      barred.put(PsrRoute.DIRECT_AWARD_C, "the current provider is not meeting its contract or is unlikely to meet"
          + " the new one, which bars direct award C (regulation 6(5) of " + REGULATIONS + ")");
    } else if (answers.materiallyDifferentInCharacter()) {
      barred.put(PsrRoute.DIRECT_AWARD_C, "the new service is materially different in character from the existing"
          + " one, which meets the considerable change threshold at any value and bars direct award C"
          + " (regulation 6(10) to (12) of " + REGULATIONS + ")");
    } else if (considerableChange(answers)) {
      barred.put(PsrRoute.DIRECT_AWARD_C, "the change meets the considerable change threshold, which bars direct"
          + " award C (regulation 6(10) to (12) of " + REGULATIONS + ")");
    }
    return barred;
  }
}
