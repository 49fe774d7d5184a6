package org.commissioninghub.casestore.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.commissioninghub.system.ProblemPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders {@code problem.html} straight to the response, outside Spring MVC: for failures caught
 * before any controller, such as the database out of reach, where the container's error dispatch
 * would itself need the database (the session). Nobody's header is shown, as whoever it was has
 * been signed out of this request by then.
 */
@Component
class ThymeleafProblemPages implements ProblemPages {

  private final ViewResolver views;

  ThymeleafProblemPages(ViewResolver thymeleafViewResolver) {
    this.views = thymeleafViewResolver;
  }

  @Override
  public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
      String detail) throws Exception {
    var page = ProblemPage.of(status, title, detail, null);
    response.setStatus(status.value());
    views.resolveViewName(page.getViewName(), Locale.UK).render(page.getModel(), request, response);
  }
}
