package org.commissioninghub.console;

/** Progress against one of a programme's targets, such as 9 of 11 prison sites ready. */
public record TargetProgress(String name, long achieved, long target, String explanation) {

  /** Achieved as a whole percentage of the target; 100 for a target of nothing. */
  public long percent() {
    return target == 0 ? 100 : Math.round(100.0 * achieved / target);
  }

  public boolean met() {
    return achieved >= target;
  }
}
