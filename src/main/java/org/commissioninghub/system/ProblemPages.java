package org.commissioninghub.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

/**
 * Writes what went wrong as the hub's own page, for a person's browser ({@link PageRequests}),
 * where a script gets a problem ({@link ProblemResponses}). The pages module provides it.
 */
public interface ProblemPages {

  void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail)
      throws Exception;
}
