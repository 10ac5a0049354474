package id.puskesnet.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A date between 1 January 2000 and 31 December 2099: catches typing slips such as year 1900 or 9999. */
@Documented
@Constraint(validatedBy = ReasonableDateValidator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReasonableDate {

    String message() default "{ReasonableDate}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
