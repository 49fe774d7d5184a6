package org.commissioninghub.procurement.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The evaluation panel as typed into the tender plan: user names separated by commas or spaces. */
final class PanelMembers {

  private PanelMembers() {}

  static List<String> parse(String text) {
    if (text == null) {
      return List.of();
    }
    return new ArrayList<>(Arrays.stream(text.split("[,\\s]+")).map(String::trim)
        .filter(name -> !name.isEmpty()).distinct().toList());
  }
}
