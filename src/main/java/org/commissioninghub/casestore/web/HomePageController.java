package org.commissioninghub.casestore.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.commissioninghub.casestore.CaseAccess;
import org.commissioninghub.casestore.CaseSearch;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CaseTasks;
import org.commissioninghub.casestore.ProgrammeCatalog;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.identity.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /}, the hub's home: the signed-in person's open tasks grouped by case (as the engine lets
 * them see tasks), the cases that name them, and the cases they lead.
 */
@Controller
@HubPage
class HomePageController {

  /** How many cases each list shows; the case list has the rest. */
  static final int LISTED = 20;

  /**
   * The roles whose person on a case leads it: the programme manager runs it day to day, and the
   * leads (programme lead, directors) answer for it.
   */
  static final Set<String> LEADING_ROLES = Arrays.stream(Role.values())
      .filter(role -> role == Role.PROGRAMME_MANAGER || role.kind() == Role.Kind.LEAD)
      .map(Role::groupId)
      .collect(Collectors.toUnmodifiableSet());

  private final CaseTasks caseTasks;
  private final CaseStore caseStore;
  private final CaseAccess access;
  private final ProgrammeCatalog catalog;

  HomePageController(CaseTasks caseTasks, CaseStore caseStore, CaseAccess access, ProgrammeCatalog catalog) {
    this.caseTasks = caseTasks;
    this.caseStore = caseStore;
    this.access = access;
    this.catalog = catalog;
  }

  @GetMapping("/")
  String home(Authentication authentication, Model model) {
    var viewer = Viewer.of(authentication);
    var visible = access.visibleTo(viewer);
    var newestFirst = PageRequest.of(0, LISTED, Sort.by(Sort.Direction.DESC, "createdAt", "id"));
    var formats = new PageFormats();
    model.addAttribute("mayOpenCases", CaseOpeningPageController.mayOpen(authentication));
    model.addAttribute("work", caseTasks.workOf(viewer));
    model.addAttribute("mostTasks", CaseTasks.MOST_TASKS);
    model.addAttribute("myCases", caseStore.search(CaseSearch.naming(viewer.userId(), null), visible, newestFirst)
        .map(c -> row(c, formats)));
    model.addAttribute("casesILead", caseStore.search(CaseSearch.naming(viewer.userId(), LEADING_ROLES), visible,
        newestFirst).map(c -> row(c, formats)));
    model.addAttribute("formats", formats);
    return "home";
  }

  private CasePageController.CaseRow row(org.commissioninghub.casestore.CommissioningCase c, PageFormats formats) {
    return new CasePageController.CaseRow(c.getReference(), c.getTitle(), c.getProgramme().displayName(),
        catalog.stageLabel(c.getProgramme(), c.getCurrentStage()), formats.words(c.getStatus()),
        c.getRagRating() == null ? "Not rated" : formats.words(c.getRagRating()), c.getIntegratedCareSystem());
  }
}
