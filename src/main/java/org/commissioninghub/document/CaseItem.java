package org.commissioninghub.document;

import org.commissioninghub.system.CodedValue;

/**
 * An item of a case a document may belong to: its kind, the key that names it within the case (a
 * lot's number, a site's name, a checklist item's code) and how people read it. Written
 * {@code kind:key} in requests, such as {@code lot:2}.
 */
public record CaseItem(Kind kind, String key, String label) {

  public enum Kind implements CodedValue {
    /** A lot of a procurement, by its number. */
    LOT,
    /** A site, practice or other place a workstream covers, by its name. */
    SITE,
    /** A checklist item, by its code. */
    CHECKLIST_ITEM
  }

  /** How a request names the item, such as {@code lot:2}. */
  public String reference() {
    return kind.id() + ":" + key;
  }
}
