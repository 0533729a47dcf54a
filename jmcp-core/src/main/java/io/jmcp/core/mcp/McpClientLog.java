package io.jmcp.core.mcp;

import io.jmcp.core.spi.ClientLog;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;
import io.modelcontextprotocol.spec.McpSchema.LoggingMessageNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/** {@link ClientLog} as MCP {@code notifications/message}, filtered by the client's chosen level. */
final class McpClientLog implements ClientLog {
    private static final Logger log = LoggerFactory.getLogger(McpClientLog.class);
    private static final String LOGGER_NAME = "jmcp";
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final McpAsyncServerExchange exchange;

    McpClientLog(McpAsyncServerExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public void log(Level level, String message) {
        LoggingMessageNotification notification = LoggingMessageNotification.builder()
                .level(LoggingLevel.valueOf(level.name()))
                .logger(LOGGER_NAME)
                .data(message)
                .build();
        try {
            exchange.loggingNotification(notification).block(SEND_TIMEOUT);
        } catch (RuntimeException unsent) {
            // The client may have gone away; its log is best effort, the call goes on.
            log.debug("Could not send a log message to the client: {}", unsent.getMessage());
        }
    }
}
