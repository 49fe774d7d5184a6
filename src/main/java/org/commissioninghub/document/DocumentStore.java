package org.commissioninghub.document;

/**
 * Where the bytes of attached documents are kept, chosen by configuration: the database unless
 * {@code hub.documents.directory} names a directory ({@link DocumentsConfiguration}).
 */
interface DocumentStore {

  /** Keeps the bytes of a newly attached document, inside the attaching transaction where it can. */
  void put(long documentId, byte[] content);

  byte[] get(long documentId);
}
