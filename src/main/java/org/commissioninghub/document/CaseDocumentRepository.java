package org.commissioninghub.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

  List<CaseDocument> findByCaseIdOrderByAttachedAtAscIdAsc(long caseId);

  Optional<CaseDocument> findByIdAndCaseId(long id, long caseId);
}
