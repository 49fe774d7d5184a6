package org.commissioninghub.casestore.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.security.Principal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.commissioninghub.casestore.CaseAccess;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CaseOpeningService;
import org.commissioninghub.casestore.CaseSearch;
import org.commissioninghub.casestore.CaseStatus;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CaseUpdateRequests;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.OpenCaseRequest;
import org.commissioninghub.casestore.ProcessActivities;
import org.commissioninghub.casestore.ProgrammeCatalog;
import org.commissioninghub.casestore.Risk;
import org.commissioninghub.casestore.RiskBand;
import org.commissioninghub.casestore.RiskBandNames;
import org.commissioninghub.casestore.RiskUpdate;
import org.commissioninghub.casestore.Stage;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.casestore.web.CaseResponses.CaseDetail;
import org.commissioninghub.casestore.web.CaseResponses.CaseSummary;
import org.commissioninghub.casestore.web.CaseResponses.DecisionView;
import org.commissioninghub.casestore.web.CaseResponses.MilestoneView;
import org.commissioninghub.casestore.web.CaseResponses.PageOf;
import org.commissioninghub.casestore.web.CaseResponses.RiskView;
import org.commissioninghub.system.CodedValue;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.ForbiddenException;
import org.commissioninghub.system.InvalidInputException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
class CaseController {

  /** Pages beyond this are refused: at 100 a page that is a million cases, more than the hub will hold. */
  static final int MAX_PAGE = 10_000;

  private final CaseOpeningService caseOpening;
  private final CaseStore caseStore;
  private final CaseAccess access;
  private final ProcessActivities processActivities;
  private final ObjectMapper objectMapper;
  private final ProgrammeCatalog catalog;
  private final RiskBandNames bandNames;
  private final List<CaseItems> caseItems;

  CaseController(CaseOpeningService caseOpening, CaseStore caseStore, CaseAccess access,
      ProcessActivities processActivities, ObjectMapper objectMapper, ProgrammeCatalog catalog,
      RiskBandNames bandNames, List<CaseItems> caseItems) {
    this.catalog = catalog;
    this.bandNames = bandNames;
    this.caseItems = List.copyOf(caseItems);
    var fields = Arrays.stream(CaseDetail.class.getRecordComponents()).map(RecordComponent::getName)
        .collect(Collectors.toCollection(HashSet::new));
    caseItems.forEach(items -> {
      if (!fields.add(items.field())) {
        throw new IllegalStateException("case items " + items.getClass().getName() + " would show under the field "
            + items.field() + ", which the case already has");
      }
    });
    this.caseOpening = caseOpening;
    this.caseStore = caseStore;
    this.access = access;
    this.processActivities = processActivities;
    this.objectMapper = objectMapper;
  }

  /**
   * Opens a case and starts its process; answers with the new case's reference. The service checks
   * the request whole (its fields and the programme's details together), so a refusal names every bad field.
   */
  @PostMapping
  ResponseEntity<CaseSummary> open(@RequestBody OpenCaseRequest request, Principal principal) {
    var opened = caseOpening.open(request, principal.getName());
    return ResponseEntity.created(URI.create("/api/cases/" + opened.getReference()))
        .body(CaseSummary.of(opened, catalog));
  }

  /** The cases the signed-in person may see, filtered and paged. */
  @GetMapping
  PageOf<CaseSummary> list(Authentication authentication,
      @RequestParam(required = false) String programme,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String stage,
      @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    var programmeSought = parse(Programme.class, "programme", programme);
    var search = new CaseSearch(programmeSought, parse(CaseStatus.class, "status", status),
        stageOf(programmeSought, stage));
    var pageRequest = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt", "id"));
    return PageOf.of(caseStore.search(search, access.visibleTo(Viewer.of(authentication)), pageRequest)
        .map(c -> CaseSummary.of(c, catalog)));
  }

  /**
   * Everything about one case for those who read the whole case, its lots, workstreams and
   * checklist items included; for an outside body the case names, its part only: the summary, key
   * dates, milestones and the decisions they made.
   */
  @GetMapping("/{reference}")
  @Transactional(readOnly = true)
  CaseDetail get(@PathVariable String reference, Authentication authentication) {
    var viewer = Viewer.of(authentication);
    var visible = access.read(viewer, reference);
    CommissioningCase c = visible.commissioningCase();
    var whole = visible.level().readsWholeCase();
    return new CaseDetail(c.getReference(), c.getTitle(), c.getProgramme(), c.getStatus(),
        c.getCurrentStage(), catalog.stageLabel(c.getProgramme(), c.getCurrentStage()), c.getRagRating(),
        c.getCommissioner(), c.getIntegratedCareSystem(), c.getValueGbp(), c.getTargetStartDate(), c.getActualStartDate(), c.getTargetEndDate(),
        c.getActualEndDate(), whole ? c.getNamedPeople() : namesOf(c, viewer),
        whole ? json(c.getDetails()) : null, c.getCreatedBy(), c.getCreatedAt(), c.getUpdatedAt(), c.getVersion(),
        c.getMilestones().stream().map(MilestoneView::of).toList(),
        whole ? c.getRisks().stream().map(risk -> RiskView.of(risk, bandNames)).toList() : List.of(),
        c.getDecisions().stream()
            .filter(decision -> whole || decision.getDecidedBy().equals(viewer.userId()))
            .map(DecisionView::of).toList(),
        access.eventsFor(viewer, visible).stream().map(event -> CaseResponses.event(event, this::json)).toList(),
        whole ? processActivities.of(c.getProcessInstanceId()) : null,
        itemsOf(c, whole));
  }

  private Map<String, List<?>> itemsOf(CommissioningCase c, boolean whole) {
    var items = new LinkedHashMap<String, List<?>>();
    caseItems.forEach(kind -> items.put(kind.field(), whole ? kind.of(c) : List.of()));
    return items;
  }

  /** Adds an entry to the case's risk log; its score is likelihood times impact. */
  @PostMapping("/{reference}/risks")
  @ResponseStatus(HttpStatus.CREATED)
  RiskView addRisk(@PathVariable String reference, @Valid @RequestBody CaseUpdateRequests.AddRisk request,
      Authentication authentication) {
    access.change(Viewer.of(authentication), reference);
    return RiskView.of(caseStore.addRisk(reference, request.description(), request.likelihood(),
        request.impact(), request.owner(), request.mitigation(), authentication.getName()), bandNames);
  }

  /** The case's risk log, highest score first, filtered by band and status. */
  @GetMapping("/{reference}/risks")
  @Transactional(readOnly = true)
  List<RiskView> risks(@PathVariable String reference, @RequestParam(required = false) String band,
      @RequestParam(required = false) String status, Authentication authentication) {
    var visible = access.read(Viewer.of(authentication), reference);
    if (!visible.level().readsWholeCase()) {
      throw new ForbiddenException("Only those who work the case read its risk log.");
    }
    var bandSought = parse(RiskBand.class, "band", band);
    var statusSought = parse(Risk.Status.class, "status", status);
    return visible.commissioningCase().getRisks().stream()
        .filter(risk -> bandSought == null || risk.getBand() == bandSought)
        .filter(risk -> statusSought == null || risk.getStatus() == statusSought)
        .sorted(java.util.Comparator.comparingInt(Risk::getScore).reversed().thenComparing(Risk::getId))
        .map(risk -> RiskView.of(risk, bandNames)).toList();
  }

  /** Re-describes, re-scores or closes an entry of the risk log; the log keeps what changed and why. */
  @PatchMapping("/{reference}/risks/{riskId}")
  RiskView updateRisk(@PathVariable String reference, @PathVariable long riskId,
      @Valid @RequestBody RiskUpdate request, Authentication authentication) {
    access.change(Viewer.of(authentication), reference);
    return RiskView.of(caseStore.updateRisk(reference, riskId, request, authentication.getName()), bandNames);
  }

  @PostMapping("/{reference}/milestones")
  @ResponseStatus(HttpStatus.CREATED)
  MilestoneView addMilestone(@PathVariable String reference,
      @Valid @RequestBody CaseUpdateRequests.AddMilestone request, Authentication authentication) {
    access.change(Viewer.of(authentication), reference);
    return MilestoneView.of(caseStore.addMilestone(reference, request.name(), request.targetDate(),
        authentication.getName()));
  }

  /** Sets the case's RAG rating: the programme manager's delivery confidence. */
  @PutMapping("/{reference}/rag-rating")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void rate(@PathVariable String reference, @Valid @RequestBody CaseUpdateRequests.Rate request,
      Authentication authentication) {
    access.change(Viewer.of(authentication), reference);
    caseStore.rate(reference, request.ragRating(), request.reason(), authentication.getName());
  }

  /**
   * Corrects fields of the case's details, such as the end date of the current contract. The
   * details afterwards must keep to the programme's record, as when the case was opened; if they
   * would not, nothing changes.
   */
  @PatchMapping("/{reference}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void changeDetails(@PathVariable String reference, @Valid @RequestBody CaseUpdateRequests.ChangeDetails request,
      Authentication authentication) {
    access.change(Viewer.of(authentication), reference);
    if (!request.details().isObject() || request.details().isEmpty()) {
      throw new InvalidInputException(List.of(new FieldProblem("details", "must name at least one field to change")));
    }
    var fields = new LinkedHashMap<String, JsonNode>();
    request.details().fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
    caseStore.updateDetails(reference, fields, authentication.getName(), "Details changed");
  }

  private static Map<String, String> namesOf(CommissioningCase c, Viewer viewer) {
    return c.getNamedPeople().entrySet().stream()
        .filter(named -> named.getValue().equals(viewer.userId()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** A stage sought within a programme must be one of its stages. */
  private String stageOf(Programme programme, String stage) {
    if (stage == null || stage.isBlank()) {
      return null;
    }
    if (programme != null && !catalog.hasStage(programme, stage)) {
      var known = catalog.stagesOf(programme).stream().map(Stage::code).toList();
      throw new InvalidInputException(List.of(new FieldProblem("stage", known.isEmpty()
          ? programme.displayName() + " has no stages yet"
          : "must be one of " + String.join(", ", known))));
    }
    return stage;
  }

  private static <E extends Enum<E> & CodedValue> E parse(Class<E> type, String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return CodedValue.byId(type, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new FieldProblem(parameter, e.getMessage())));
    }
  }

  private JsonNode json(String value) {
    if (value == null) {
      return null;
    }
    try {
      return objectMapper.readTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is unreadable", e);
    }
  }
}
