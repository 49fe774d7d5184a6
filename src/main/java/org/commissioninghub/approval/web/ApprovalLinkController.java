package org.commissioninghub.approval.web;

import jakarta.servlet.http.HttpServletResponse;
import org.commissioninghub.approval.ApprovalLinkService;
import org.commissioninghub.approval.ApprovalLinkService.LinkState;
import org.commissioninghub.approval.ApprovalOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an approval email links to. Opening it (GET) changes nothing; the decision is a POST
 * from its form, protected against cross-site requests.
 */
@Controller
@RequestMapping("/approvals/{token}")
class ApprovalLinkController {

  private final ApprovalLinkService approvalLinks;

  ApprovalLinkController(ApprovalLinkService approvalLinks) {
    this.approvalLinks = approvalLinks;
  }

  @GetMapping
  String show(@PathVariable String token, @RequestParam(required = false) String decision, Model model,
      HttpServletResponse response) {
    var view = approvalLinks.view(token);
    model.addAttribute("view", view);
    model.addAttribute("token", token);
    model.addAttribute("decision", "reject".equals(decision) ? "reject" : "approve".equals(decision) ? "approve" : null);
    return page(view.state(), response);
  }

  @PostMapping
  String decide(@PathVariable String token, @RequestParam(required = false) String decision,
      @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
    var outcome = "approve".equals(decision) ? ApprovalOutcome.APPROVED
        : "reject".equals(decision) ? ApprovalOutcome.REJECTED : null;
    var result = approvalLinks.decide(token, outcome, reason);
    model.addAttribute("view", result.view());
    model.addAttribute("token", token);
    model.addAttribute("decision", decision);
    model.addAttribute("reason", reason);
    if (result.state() != LinkState.VALID) {
      return page(result.state(), response);
    }
    if (result.problem() != null) {
      model.addAttribute("problem", result.problem());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return "approval/decide";
    }
    model.addAttribute("outcome", result.outcome());
    return "approval/decided";
  }

  private static String page(LinkState state, HttpServletResponse response) {
    if (state == LinkState.VALID) {
      return "approval/decide";
    }
    response.setStatus(switch (state) {
      case UNKNOWN -> HttpStatus.NOT_FOUND.value();
      case EXPIRED -> HttpStatus.GONE.value();
      case NOT_ALLOWED -> HttpStatus.FORBIDDEN.value();
      default -> HttpStatus.CONFLICT.value();
    });
    return "approval/unavailable";
  }
}
