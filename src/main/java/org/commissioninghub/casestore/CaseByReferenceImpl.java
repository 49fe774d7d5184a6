package org.commissioninghub.casestore;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Looks a case up through Hibernate's natural-id resolution: within one transaction (a task's
 * completion runs several listeners that each ask for the case) the database is read once and the
 * rest come from the persistence context, without the flush a query would force first.
 */
class CaseByReferenceImpl implements CaseByReference {

  private final EntityManager entityManager;

  CaseByReferenceImpl(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<CommissioningCase> findByReference(String reference) {
    return entityManager.unwrap(Session.class).bySimpleNaturalId(CommissioningCase.class).loadOptional(reference);
  }
}
