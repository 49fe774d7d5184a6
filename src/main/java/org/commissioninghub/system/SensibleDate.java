package org.commissioninghub.system;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date a commissioning case can mean: from 1 January 2000 to 31 December 2099. A date outside
 * (a year typed as 0227, or 20270) is a typing slip, and the working-day calendar knows no bank
 * holidays there.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SensibleDate.Validator.class)
public @interface SensibleDate {

  LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  LocalDate LATEST = LocalDate.of(2099, 12, 31);

  String message() default "must be between 1 January 2000 and 31 December 2099";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<SensibleDate, LocalDate> {
    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || isSensible(value);
    }

    public static boolean isSensible(LocalDate date) {
      return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
  }
}
