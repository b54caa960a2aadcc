package io.factdesk.support;

import java.util.stream.Stream;

/** A throwable and its causes, in order; a cause that is its own cause ends the chain. */
public final class Causes {

    private Causes() {
    }

    public static Stream<Throwable> chain(Throwable thrown) {
        return Stream.iterate(thrown, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }

    /** The first throwable of the type in the chain, or null. */
    public static <T extends Throwable> T first(Throwable thrown, Class<T> type) {
        return chain(thrown).filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }
}
