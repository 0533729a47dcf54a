package io.jmcp.netconf.internal;

import java.time.Duration;

/** Durations as people read them in messages: "300 ms", "30 s", "6 min". */
public final class Durations {

    private Durations() {
    }

    public static String describe(Duration duration) {
        if (duration.toMillis() < 1000) {
            return duration.toMillis() + " ms";
        }
        if (duration.toSeconds() < 120 || duration.toSecondsPart() != 0) {
            long tenths = duration.toMillis() / 100;
            return tenths % 10 == 0 ? tenths / 10 + " s" : tenths / 10 + "." + tenths % 10 + " s";
        }
        return duration.toMinutes() + " min";
    }
}
