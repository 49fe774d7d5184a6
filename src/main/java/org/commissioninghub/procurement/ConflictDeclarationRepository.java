package org.commissioninghub.procurement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictDeclarationRepository extends JpaRepository<ConflictDeclaration, Long> {

  List<ConflictDeclaration> findByLotIdOrderByDeclaredAtAscIdAsc(long lotId);

  Optional<ConflictDeclaration> findByLotIdAndPersonAndCapacity(long lotId, String person,
      ConflictDeclaration.Capacity capacity);
}
