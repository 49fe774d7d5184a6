package org.commissioninghub.casestore.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the hub's pages about cases, in any feature: its refusals (a case not
 * found, an action not allowed) are answered as pages ({@link CasePageProblems}), not JSON problems.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface HubPage {}
