package org.commissioninghub.workitem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.workflow.YesNo;

/**
 * One yes-or-no question of a case's checklist, such as item 1A of the Pre-Delegation Assessment
 * Framework, with both its answers: the first, with evidence, and its corroboration by someone
 * else. Changed only through {@link ChecklistService}.
 */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CommissioningCase commissioningCase;

  @Column(name = "item_code", nullable = false)
  private String code;

  @Column(name = "assessment_domain", nullable = false)
  private String domain;

  @Column(nullable = false)
  private String question;

  /** The answer that passes the item: yes, or no for a question phrased negatively. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private YesNo passingAnswer;

  @Enumerated(EnumType.STRING)
  private YesNo answer;

  private String evidence;

  private String answeredBy;

  private Instant answeredAt;

  @Enumerated(EnumType.STRING)
  private YesNo corroboration;

  private String corroborationComment;

  private String corroboratedBy;

  private Instant corroboratedAt;

  @Version
  private long version;

  protected ChecklistItem() {}

  ChecklistItem(CommissioningCase commissioningCase, String code, String domain, String question,
      YesNo passingAnswer) {
    this.commissioningCase = commissioningCase;
    this.code = code;
    this.domain = domain;
    this.question = question;
    this.passingAnswer = passingAnswer;
  }

  /** A new answer; a corroboration of an earlier one no longer stands. */
  void answer(YesNo answer, String evidence, String by, Instant at) {
    this.answer = answer;
    this.evidence = evidence;
    this.answeredBy = by;
    this.answeredAt = at;
    this.corroboration = null;
    this.corroborationComment = null;
    this.corroboratedBy = null;
    this.corroboratedAt = null;
  }

  void corroborate(YesNo corroboration, String comment, String by, Instant at) {
    this.corroboration = corroboration;
    this.corroborationComment = comment;
    this.corroboratedBy = by;
    this.corroboratedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getDomain() {
    return domain;
  }

  public String getQuestion() {
    return question;
  }

  public YesNo getPassingAnswer() {
    return passingAnswer;
  }

  public YesNo getAnswer() {
    return answer;
  }

  public String getEvidence() {
    return evidence;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public YesNo getCorroboration() {
    return corroboration;
  }

  public String getCorroborationComment() {
    return corroborationComment;
  }

  public String getCorroboratedBy() {
    return corroboratedBy;
  }

  public Instant getCorroboratedAt() {
    return corroboratedAt;
  }

  public long getVersion() {
    return version;
  }
}
