package org.commissioninghub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Diagrams can count working days in their own timer and due-date expressions with the workingDays bean. */
@IntegrationTest
class WorkingDaysInExpressionsIntegrationTests {

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  ManagementService managementService;

  String deploymentId;

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    if (deploymentId != null) {
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void aDueDateAndATimerCountWorkingDaysOverChristmas() {
    // given a diagram whose task is due, and whose timer fires, three working days on
    var model = Bpmn.createExecutableProcess("WorkingDaysExpressionProcess")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Review").camundaDueDate("${workingDays.dueIn(3)}")
        .boundaryEvent("BoundaryEvent_Overdue").cancelActivity(false)
        .timerWithDate("${workingDays.dueIn(3)}")
        .endEvent()
        .moveToActivity("Task_Review").endEvent()
        .done();
    deploymentId = repositoryService.createDeployment().addModelInstance("working-days.bpmn", model).deploy().getId();

    // when it starts on Wednesday 23 December 2026
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-23T10:00:00Z")));
    var instance = runtimeService.startProcessInstanceByKey("WorkingDaysExpressionProcess");

    // then Christmas Day, the weekend and the Boxing Day substitute do not count: 24, 29 and 30
    // December, so both fall due at midnight at the end of the 30th
    var expected = Date.from(Instant.parse("2026-12-31T00:00:00Z"));
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getDueDate())
        .isEqualTo(expected);
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult()
        .getDuedate()).isEqualTo(expected);
  }
}
