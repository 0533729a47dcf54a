package io.jmcp.server.stdio;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse.JSONRPCError;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProtocolWriterTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ProtocolWriter writer = new ProtocolWriter(McpJsonDefaults.getMapper(), out);

    private String written() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void replacesAnInternalErrorMadeOfAJavaExceptionWithAGenericOne() {
        writer.write(JSONRPCResponse.error(7, new JSONRPCError(ErrorCodes.INTERNAL_ERROR,
                "tools.jackson.databind.exc.MismatchedInputException: Cannot deserialize", "at x.y.Z(Z.java:1)")));

        assertThat(written()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":-32603,\"message\":"
                + "\"Internal error; the server log has the details\"}}\n");
    }

    @Test
    void keepsJmcpsOwnInternalErrors() {
        writer.write(JSONRPCResponse.error("a", new JSONRPCError(ErrorCodes.INTERNAL_ERROR,
                "Internal error in prompt 'p'; the server log has the details", null)));
        writer.write(JSONRPCResponse.error("b", new JSONRPCError(ErrorCodes.INTERNAL_ERROR, "jmcp is busy",
                Map.of("uri", "junos://devices"))));

        assertThat(written()).contains("Internal error in prompt 'p'").contains("jmcp is busy");
    }

    @Test
    void writesANullIdWhenTheRequestsCouldNotBeRead() {
        writer.writeError(null, new JSONRPCError(ErrorCodes.PARSE_ERROR, "Parse error", null));

        assertThat(written()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":"
                + "\"Parse error\"}}\n");
    }

    @Test
    void writesEachMessageAsOneLine() {
        writer.write(new McpSchema.JSONRPCNotification(McpSchema.JSONRPC_VERSION, "notifications/message",
                Map.of("data", "two\nlines")));

        assertThat(written()).hasLineCount(1).endsWith("\n").contains("two\\nlines");
    }
}
