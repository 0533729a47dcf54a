package io.jmcp.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a string argument accepts, written as the {@code enum} of its input schema
 * ({@link ToolInput}), where an enum type cannot say them: a tool that takes only some of an enum's
 * constants, or values that are not Java names ({@code accept-new}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Choices {
    String[] value();
}
