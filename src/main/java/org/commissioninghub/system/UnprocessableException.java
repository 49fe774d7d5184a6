package org.commissioninghub.system;

/** A well-formed request the hub cannot carry out as things stand; answered with 422. */
public class UnprocessableException extends RuntimeException {

  public UnprocessableException(String message) {
    super(message);
  }
}
