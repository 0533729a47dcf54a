package io.jmcp.core.mcp;

import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.pool.Purpose;
import io.jmcp.core.pool.SessionPool;
import io.jmcp.core.pool.SessionWork;
import io.jmcp.core.spi.AuditDetails;
import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.ClientLog;
import io.jmcp.core.spi.DeviceException;
import io.jmcp.core.spi.Elicitation;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.netconf.HostKeyException;
import io.jmcp.netconf.NetconfException;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;

/** The {@link ToolContext} of one MCP tool call. */
final class McpToolContext implements ToolContext {
    private static final Logger log = LoggerFactory.getLogger(McpToolContext.class);

    private final ToolEnvironment environment;
    private final McpAsyncServerExchange exchange;
    private final Object progressToken;
    private final Caller caller;
    private final BooleanSupplier cancelled;
    private final AuditDetails audit = new AuditDetails();
    private final Elicitation elicitation;
    private final ClientLog clientLog;

    McpToolContext(ToolEnvironment environment, McpAsyncServerExchange exchange, McpJsonMapper jsonMapper,
            Object progressToken, Caller caller, BooleanSupplier cancelled) {
        this.environment = environment;
        this.exchange = exchange;
        this.progressToken = progressToken;
        this.caller = caller;
        this.cancelled = cancelled;
        this.elicitation = new McpElicitation(exchange, jsonMapper, progressToken);
        this.clientLog = new McpClientLog(exchange);
    }

    @Override
    public DeviceRegistry devices() {
        return environment.devices();
    }

    @Override
    public SessionPool sessions() {
        return environment.sessions();
    }

    @Override
    public <T> T onDevice(String routerName, Purpose purpose, Duration timeout, SessionWork<T> work) {
        audit.device(routerName);
        try {
            return environment.sessions().withSession(routerName, purpose, timeout, work);
        } catch (HostKeyException failure) {
            throw environment.devices().current().device(routerName)
                    .map(entry -> DeviceException.of(routerName, failure, entry.hostKeyAdvice()))
                    .orElseGet(() -> DeviceException.of(routerName, failure));
        } catch (NetconfException failure) {
            throw DeviceException.of(routerName, failure);
        }
    }

    @Override
    public Guardrails guardrails() {
        return environment.guardrails();
    }

    @Override
    public Elicitation elicitation() {
        return elicitation;
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

    @Override
    public ClientLog log() {
        return clientLog;
    }

    @Override
    public Caller caller() {
        return caller;
    }

    @Override
    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }

    @Override
    public Duration rpcTimeout(OptionalInt timeoutSecondsArgument) {
        return timeoutSecondsArgument.isPresent() ? Duration.ofSeconds(timeoutSecondsArgument.getAsInt())
                : environment.defaultRpcTimeout();
    }

    @Override
    public AuditDetails audit() {
        return audit;
    }

    @Override
    public int batchConcurrency() {
        return environment.batchConcurrency();
    }
}
