package org.commissioninghub.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The hub's sign-in page; Spring Security checks the form it posts (see SecurityConfiguration) and
 * comes back here with {@code ?error} after a wrong password, or {@code ?signed-out}.
 */
@Controller
class SignInPageController {

  @GetMapping("/sign-in")
  String signIn(@RequestParam(required = false) String error,
      @RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
    model.addAttribute("failed", error != null);
    model.addAttribute("signedOut", signedOut != null);
    return "sign-in";
  }
}
