package org.commissioninghub.procurement;

/** A lot without its evaluation: what it buys, how it is procured and how far it has got. */
public record LotSummary(long id, int lotNumber, String name, String serviceType, String contractForm,
    Integer contractedUdas, Integer contractedUoas, String recommendedRoute, String route, String routeReason,
    Lot.Status status, String awardedTo) {}
