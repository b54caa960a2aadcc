package io.factdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code @Option} parameter that may be given more than once (the command reads every value from the
 * parsed input). Any other option given twice is refused by the command-line parser rather than one value
 * silently winning.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface RepeatableOption {
}
