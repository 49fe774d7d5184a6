package org.commissioninghub.workitem.web;

import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.workitem.WorkstreamService;
import org.commissioninghub.workitem.WorkstreamService.WorkstreamUpdate;
import org.commissioninghub.workitem.web.CaseWorkstreams.WorkstreamView;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reports on one workstream of a case: its status, RAG rating and evidence. */
@RestController
@RequestMapping("/api/cases/{reference}/workstreams")
class WorkstreamController {

  private final WorkstreamService workstreams;
  private final CaseWorkstreams views;

  WorkstreamController(WorkstreamService workstreams, CaseWorkstreams views) {
    this.workstreams = workstreams;
    this.views = views;
  }

  /**
   * Changes the fields given (status, ragRating, evidence) and leaves the others; answers the
   * workstream as it is now. Allowed to its owner (a member of its owner role or the person named
   * as owner) and to those who may change the case.
   */
  @PatchMapping("/{workstreamId}")
  WorkstreamView update(@PathVariable String reference, @PathVariable long workstreamId,
      @RequestBody WorkstreamUpdate update, Authentication authentication) {
    return views.view(workstreams.updateAs(Viewer.of(authentication), reference, workstreamId, update));
  }
}
