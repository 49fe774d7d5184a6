package org.commissioninghub.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.commissioninghub.workflow.YesNo;
import org.commissioninghub.workitem.ChecklistService.Assessment;
import org.junit.jupiter.api.Test;

/** What a checklist item's answers come to, with a question phrased positively and one phrased negatively. */
class ChecklistAssessmentTests {

  static final Instant NOW = Instant.parse("2021-09-30T12:00:00Z");

  /** Item 1A: a "yes" passes it. */
  static ChecklistItem positive() {
    return new ChecklistItem(null, "1A", "Transformation", "Is there a shared vision for primary care?", YesNo.YES);
  }

  /** Item 3A: "Are there severe financial management issues or risks?" A "yes" fails it. */
  static ChecklistItem negative() {
    return new ChecklistItem(null, "3A", "Finance", "Are there severe financial management issues or risks?",
        YesNo.NO);
  }

  static ChecklistItem answered(ChecklistItem item, YesNo answer, YesNo corroboration) {
    item.answer(answer, "Board paper, September 2021", "ics.lead", NOW);
    if (corroboration != null) {
      item.corroborate(corroboration, null, "regional.director", NOW);
    }
    return item;
  }

  @Test
  void anItemNotAnsweredAwaitsItsAnswer() {
    assertThat(ChecklistService.assess(positive()))
        .isEqualTo(new Assessment(null, null, ChecklistItemStatus.AWAITING_ANSWER));
  }

  @Test
  void anAnswerAloneSaysWhetherItPassesButAwaitsCorroboration() {
    assertThat(ChecklistService.assess(answered(positive(), YesNo.YES, null)))
        .isEqualTo(new Assessment(true, null, ChecklistItemStatus.AWAITING_CORROBORATION));
    assertThat(ChecklistService.assess(answered(negative(), YesNo.YES, null)))
        .isEqualTo(new Assessment(false, null, ChecklistItemStatus.AWAITING_CORROBORATION));
  }

  @Test
  void aNegativelyPhrasedItemAgreedYesFailsAndAgreedNoPasses() {
    assertThat(ChecklistService.assess(answered(negative(), YesNo.YES, YesNo.YES)))
        .isEqualTo(new Assessment(false, true, ChecklistItemStatus.FAILED));
    assertThat(ChecklistService.assess(answered(negative(), YesNo.NO, YesNo.NO)))
        .isEqualTo(new Assessment(true, true, ChecklistItemStatus.PASSED));
  }

  @Test
  void aPositivelyPhrasedItemAgreedYesPassesAndAgreedNoFails() {
    assertThat(ChecklistService.assess(answered(positive(), YesNo.YES, YesNo.YES)))
        .isEqualTo(new Assessment(true, true, ChecklistItemStatus.PASSED));
    assertThat(ChecklistService.assess(answered(positive(), YesNo.NO, YesNo.NO)))
        .isEqualTo(new Assessment(false, true, ChecklistItemStatus.FAILED));
  }

  @Test
  void aCorroborationGivingTheOtherAnswerDisagreesWhicheverPasses() {
    assertThat(ChecklistService.assess(answered(positive(), YesNo.YES, YesNo.NO)))
        .isEqualTo(new Assessment(true, false, ChecklistItemStatus.DISAGREED));
    assertThat(ChecklistService.assess(answered(negative(), YesNo.YES, YesNo.NO)))
        .isEqualTo(new Assessment(false, false, ChecklistItemStatus.DISAGREED));
  }

  @Test
  void answeringAgainWithdrawsTheCorroborationOfTheEarlierAnswer() {
    var item = answered(negative(), YesNo.YES, YesNo.YES);

    item.answer(YesNo.NO, "Recovery plan agreed with NHS England", "ics.lead", NOW);

    assertThat(item.getCorroboration()).isNull();
    assertThat(item.getCorroboratedBy()).isNull();
    assertThat(ChecklistService.assess(item))
        .isEqualTo(new Assessment(true, null, ChecklistItemStatus.AWAITING_CORROBORATION));
  }
}
