package org.commissioninghub.system;

/** The person may see what the request names but may not do this to it; answered with 403. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
