package org.commissioninghub.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a document kept in the database, apart from its entry in the list. */
@Entity
@Table(name = "case_document_content")
class DocumentContent {

  @Id
  private Long documentId;

  @Column(nullable = false)
  private byte[] content;

  protected DocumentContent() {}

  DocumentContent(long documentId, byte[] content) {
    this.documentId = documentId;
    this.content = content;
  }

  byte[] getContent() {
    return content;
  }
}
