package io.jmcp.server.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the MCP SDK logs when an HTTP client goes away (its own words, seen with SDK 2.2.0) becomes
 * one DEBUG line; its other errors pass.
 */
class ClientGoneFilterTest {
    private static final String SESSION = "d7f7838b-a574-44da-b626-88091b090be6";
    private static final String SESSION_OBJECT = "io.modelcontextprotocol.spec.McpStreamableServerSession@cd7d2b7";

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final org.slf4j.Logger transport = LoggerFactory.getLogger("io.modelcontextprotocol.spec.McpTransport");
    private final org.slf4j.Logger keepAlive = LoggerFactory.getLogger("io.modelcontextprotocol.util.KeepAliveScheduler");

    @BeforeEach
    void captureWithTheServersLevels() {
        LogLevel.DEBUG.apply();
        lines.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(lines);
    }

    @AfterEach
    void restore() {
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(lines);
        LogLevel.INFO.apply();
    }

    @Test
    void aClientThatWentAwayIsOneDebugLine() {
        transport.error("Failed to send message to session {}: {}", SESSION, "Client disconnected");
        keepAlive.warn("Keep-alive ping to session {} failed: {}", SESSION_OBJECT,
                "Failed to send message to session " + SESSION);
        keepAlive.warn("Keep-alive ping to session {} failed: {}", SESSION_OBJECT,
                "Did not observe any item or terminal signal within 30000ms in 'source(MonoDefer)'");
        keepAlive.warn("Keep-alive ping to session {} failed: {}", SESSION_OBJECT,
                "Did not observe any item or terminal signal within 30000ms in 'source(MonoDefer)'");

        List<String> logged = lines.list.stream().map(line -> line.getLevel() + " " + line.getFormattedMessage()).toList();
        assertThat(logged).containsExactly(
                "DEBUG MCP client of session " + SESSION + " went away (Client disconnected)",
                "DEBUG MCP client of session " + SESSION_OBJECT + " went away (Did not observe any item or terminal "
                        + "signal within 30000ms in 'source(MonoDefer)')");
    }

    @Test
    void otherFailuresToSendStayErrors() {
        transport.error("Failed to send message to session {}: {}", SESSION, "serialization failed");

        assertThat(lines.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.ERROR);
            assertThat(line.getFormattedMessage()).endsWith("serialization failed");
        });
    }

    @Test
    void ourOwnLoggersAreNeverFiltered() {
        Logger ours = context.getLogger("io.jmcp.server.http.HttpServerMain");
        ours.error("Failed to send message to session {}: {}", SESSION, "Client disconnected");

        assertThat(lines.list).singleElement().extracting(ILoggingEvent::getLevel).isEqualTo(Level.ERROR);
    }
}
