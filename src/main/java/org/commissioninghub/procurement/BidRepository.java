package org.commissioninghub.procurement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BidRepository extends JpaRepository<Bid, Long> {

  List<Bid> findByLotIdOrderByBidder(Long lotId);
}
