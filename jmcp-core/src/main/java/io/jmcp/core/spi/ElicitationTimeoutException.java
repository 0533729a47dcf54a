package io.jmcp.core.spi;

import java.time.Duration;

/** The user did not answer a form within the time it allowed. */
public class ElicitationTimeoutException extends ToolException {
    private final Duration timeout;

    public ElicitationTimeoutException(Duration timeout) {
        super("no answer to the form within " + describe(timeout));
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /** e.g. "5 minutes", "90 seconds". */
    public static String describe(Duration timeout) {
        long seconds = timeout.toSeconds();
        if (seconds % 60 == 0 && seconds >= 60) {
            return seconds / 60 + (seconds == 60 ? " minute" : " minutes");
        }
        return seconds + (seconds == 1 ? " second" : " seconds");
    }
}
