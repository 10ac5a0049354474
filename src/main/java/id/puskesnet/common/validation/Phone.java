package id.puskesnet.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

/** A phone number as people write it: digits, spaces, +, -, parentheses; 5 to 30 characters. */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[0-9+()\\- ]{5,30}")
@jakarta.validation.ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Phone {

    String message() default "{Phone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
