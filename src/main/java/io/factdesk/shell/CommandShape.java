package io.factdesk.shell;

import java.util.List;
import java.util.Set;

/**
 * What the command-line parser needs to know of a command besides its options: the positional arguments it takes
 * and the options that may be repeated. factdesk's commands know it from their method's annotations
 * ({@link LazyCommand}); a command without a shape takes any number of arguments and no repeated option.
 */
interface CommandShape {

    /** The positional arguments' descriptions, in order; null when the command takes any number of words. */
    List<String> arguments();

    /** Long names of the options that may be given more than once. */
    Set<String> repeatableOptions();
}
