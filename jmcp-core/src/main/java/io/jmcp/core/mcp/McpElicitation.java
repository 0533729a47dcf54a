package io.jmcp.core.mcp;

import io.jmcp.core.spi.Elicitation;
import io.jmcp.core.spi.ElicitationResult;
import io.jmcp.core.spi.ElicitationTimeoutException;
import io.jmcp.core.spi.ElicitationUnsupportedException;
import io.jmcp.core.spi.ToolException;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import reactor.core.Exceptions;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/** {@link Elicitation} as MCP {@code elicitation/create} form requests. */
final class McpElicitation implements Elicitation {
    private static final TypeRef<Map<String, Object>> JSON_OBJECT = new TypeRef<>() {
    };

    private final McpAsyncServerExchange exchange;
    private final McpJsonMapper jsonMapper;
    private final Object progressToken;

    McpElicitation(McpAsyncServerExchange exchange, McpJsonMapper jsonMapper, Object progressToken) {
        this.exchange = exchange;
        this.jsonMapper = jsonMapper;
        this.progressToken = progressToken;
    }

    @Override
    public boolean isSupported() {
        McpSchema.ClientCapabilities capabilities = exchange.getClientCapabilities();
        return capabilities != null && capabilities.elicitation() != null;
    }

    @Override
    public String unsupportedReason() {
        return "this MCP client cannot show forms (no elicitation support)";
    }

    @Override
    public ElicitationResult request(String message, String requestedSchemaJson, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(LONGEST_ANSWER_TIMEOUT) > 0) {
            throw new IllegalArgumentException("answer timeout must be positive and at most " + LONGEST_ANSWER_TIMEOUT
                    + ", got " + timeout);
        }
        if (!isSupported()) {
            throw new ElicitationUnsupportedException();
        }
        McpSchema.ElicitFormRequest.Builder builder = McpSchema.ElicitRequest.builder()
                .message(message)
                .requestedSchema(parse(requestedSchemaJson));
        // The SDK writes a null token as "_meta":{"progressToken":null}, which the spec does not
        // allow: strict clients (the TypeScript SDK) drop the whole request and the call hangs.
        if (progressToken != null) {
            builder.progressToken(progressToken);
        }
        McpSchema.ElicitFormRequest request = builder.build();
        ElicitResult answer;
        try {
            // The server's request timeout is the longest any form may wait (LONGEST_ANSWER_TIMEOUT);
            // this form's own limit is applied here. The margin only guards against a transport that
            // never completes.
            answer = exchange.createElicitation(request).timeout(timeout).block(timeout.plusSeconds(30));
        } catch (RuntimeException failure) {
            throw describe(Exceptions.unwrap(failure), timeout);
        }
        if (answer == null) {
            throw new ToolException("the client closed the form request without an answer");
        }
        return new ElicitationResult(ElicitationResult.Action.valueOf(answer.action().name()), answer.content());
    }

    private Map<String, Object> parse(String schemaJson) {
        try {
            return jsonMapper.readValue(schemaJson, JSON_OBJECT);
        } catch (IOException | RuntimeException invalid) {
            throw new IllegalArgumentException("elicitation schema is not a JSON object: " + invalid.getMessage(), invalid);
        }
    }

    private static ToolException describe(Throwable failure, Duration timeout) {
        if (failure instanceof TimeoutException || failure instanceof IllegalStateException
                && failure.getMessage() != null && failure.getMessage().startsWith("Timeout")) {
            return new ElicitationTimeoutException(timeout);
        }
        return new ToolException("asking the user failed: " + failure.getMessage(), failure);
    }
}
