package io.jmcp.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The inclusive bounds of a component of a tool's argument record, written into its input schema
 * ({@link ToolInput}): an integer's {@code minimum} and {@code maximum}, a list's {@code minItems}.
 * An unset bound is left out of the schema.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Bounds {
    long minimum() default Long.MIN_VALUE;

    long maximum() default Long.MAX_VALUE;

    int minItems() default 0;
}
