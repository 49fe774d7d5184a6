package org.commissioninghub.demo;

/**
 * One way a generated case goes through its programme's process, and where it stops: a programme's
 * walk declares its journeys (usually as an enum) and answers each task according to the journey
 * of the case in hand.
 */
public interface Journey {

  /** What a person finds on a case of this journey, such as "Business case approval waiting". */
  String description();

  /** Where a case of this journey stops being worked. */
  StopAt stop();
}
