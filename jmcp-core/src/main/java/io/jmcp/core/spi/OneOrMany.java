package io.jmcp.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A structured-output component (declared {@code Object}) whose content is either one value of
 * {@link #value()} or a list of them, as PyEZ writes a fact such as {@code master}: its schema is the
 * {@code anyOf} of both shapes, each generated from the type ({@link StructuredOutput}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface OneOrMany {
    /** The type of the single value and of each element of the list. */
    Class<?> value();
}
