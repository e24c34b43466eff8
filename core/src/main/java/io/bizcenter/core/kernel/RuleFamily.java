package io.bizcenter.core.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The clause family whose rules a family of rejections enforces ({@code "CP"} for complaint handling): the first part of
 * each of its codes ({@link Rejection.RuleBroken#code()}). Declared once on the family's interface; a record of a family
 * that serves two procedures (tenancy: move-in and move-out) states its own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleFamily {
  String value();
}
