package io.jmcp.server.http;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class ListenerWarmUpTest {
    /** The main thread sets the log level on Logback's context, never on SLF4J's stand-in during a start. */
    @Test
    void afterAwaitingLoggingTheFactoryIsLogbacks() {
        ListenerWarmUp.start().awaitLogging();

        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(LoggerContext.class);
    }
}
