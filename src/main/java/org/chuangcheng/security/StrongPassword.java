package org.chuangcheng.security;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Bean Validation face of {@link PasswordPolicy}; an empty value is left to {@code @NotBlank}. */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StrongPassword.Validator.class)
public @interface StrongPassword {

    String message() default "{password.weak}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<StrongPassword, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isEmpty()) {
                return true;
            }
            var violation = PasswordPolicy.violation(value, null);
            if (violation.isPresent() && context != null && !"password.weak".equals(violation.get())) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{" + violation.get() + "}").addConstraintViolation();
            }
            return violation.isEmpty();
        }
    }
}
