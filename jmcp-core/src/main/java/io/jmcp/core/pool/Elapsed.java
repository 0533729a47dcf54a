package io.jmcp.core.pool;

import java.time.Duration;

/** How long something took, for messages: "60 s" from one second up, "250 ms" below. */
final class Elapsed {

    private Elapsed() {
    }

    static String describe(Duration duration) {
        return duration.toMillis() < 1000 ? duration.toMillis() + " ms" : duration.toSeconds() + " s";
    }
}
