package org.commissioninghub.casestore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The programmes whose modules have registered a {@link ProgrammeProcess}, and what each declares. */
@Component
public class ProgrammeCatalog {

  private final Map<Programme, ProgrammeProcess<?>> processes;

  ProgrammeCatalog(List<ProgrammeProcess<?>> processes) {
    this.processes = processes.stream()
        .collect(Collectors.toUnmodifiableMap(ProgrammeProcess::programme, Function.identity()));
  }

  public Optional<ProgrammeProcess<?>> processOf(Programme programme) {
    return Optional.ofNullable(processes.get(programme));
  }

  /** The programme's stages in order; none for a programme without its process yet. */
  public List<Stage> stagesOf(Programme programme) {
    return processOf(programme).map(ProgrammeProcess::stages).orElse(List.of());
  }

  /** What people read for a stage code of the programme: its label, or the code itself if unknown. */
  public String stageLabel(Programme programme, String code) {
    return code == null ? null : stagesOf(programme).stream().filter(stage -> stage.code().equals(code))
        .map(Stage::label).findFirst().orElse(code);
  }

  public boolean hasStage(Programme programme, String code) {
    return stagesOf(programme).stream().anyMatch(stage -> stage.code().equals(code));
  }

  Map<Programme, ProgrammeProcess<?>> all() {
    return processes;
  }
}
