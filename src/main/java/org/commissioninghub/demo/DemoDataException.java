package org.commissioninghub.demo;

/** Demo data could not be generated: a case could not be opened, a task not answered, or a step failed. */
public class DemoDataException extends RuntimeException {

  DemoDataException(String message) {
    super(message);
  }

  DemoDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
