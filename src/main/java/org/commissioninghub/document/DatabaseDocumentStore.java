package org.commissioninghub.document;

/** Documents' bytes in the case store's own database, written in the same transaction as their entry. */
class DatabaseDocumentStore implements DocumentStore {

  private final DocumentContentRepository contents;

  DatabaseDocumentStore(DocumentContentRepository contents) {
    this.contents = contents;
  }

  @Override
  public void put(long documentId, byte[] content) {
    contents.save(new DocumentContent(documentId, content));
  }

  @Override
  public byte[] get(long documentId) {
    return contents.findById(documentId)
        .orElseThrow(() -> new IllegalStateException("document " + documentId + " has no content in the database"))
        .getContent();
  }
}
