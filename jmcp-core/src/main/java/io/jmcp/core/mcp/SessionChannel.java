package io.jmcp.core.mcp;

import io.jmcp.core.spi.ClientLog;
import io.jmcp.core.spi.Elicitation;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link ClientChannel} of a call made in an MCP session: everything goes through the session's exchange. */
final class SessionChannel implements ClientChannel {
    private static final Logger log = LoggerFactory.getLogger(SessionChannel.class);

    private final McpAsyncServerExchange exchange;
    private final Object progressToken;
    private final Elicitation elicitation;
    private final ClientLog clientLog;

    /**
     * @param progressToken the token the client gave the call to receive progress, or null when it wants none
     */
    SessionChannel(McpAsyncServerExchange exchange, McpJsonMapper jsonMapper, Object progressToken) {
        this.exchange = exchange;
        this.progressToken = progressToken;
        this.elicitation = new McpElicitation(exchange, jsonMapper, progressToken);
        this.clientLog = new McpClientLog(exchange);
    }

    @Override
    public Elicitation elicitation() {
        return elicitation;
    }

    @Override
    public ClientLog log() {
        return clientLog;
    }

    @Override
    public void progress(double done, double total, String message) {
        if (progressToken == null) {
            return;
        }
        try {
            exchange.progressNotification(new ProgressNotification(progressToken, done, total, message))
                    .block(McpClientLog.SEND_TIMEOUT);
        } catch (RuntimeException unsent) {
            log.debug("Could not send progress to the client: {}", unsent.getMessage());
        }
    }
}
