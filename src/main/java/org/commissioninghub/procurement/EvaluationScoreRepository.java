package org.commissioninghub.procurement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationScoreRepository extends JpaRepository<EvaluationScore, Long> {

  List<EvaluationScore> findByBidIdOrderByCriterionAscEvaluatorAsc(Long bidId);

  List<EvaluationScore> findByBidLotIdAndModeratedTrue(Long lotId);

  boolean existsByBidLotIdAndModeratedTrue(Long lotId);
}
