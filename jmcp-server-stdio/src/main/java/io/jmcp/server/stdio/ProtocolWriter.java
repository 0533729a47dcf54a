package io.jmcp.server.stdio;

import io.jmcp.core.app.StartupTrace;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse.JSONRPCError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes messages to stdout, one line each, and flushes each before returning: a reply or a
 * progress event is on its way when the code that sent it goes on, whatever the client does next.
 * An internal error the SDK built from a Java exception (its message and the text of every cause)
 * is replaced by a generic one: the details go to the server log, never to the client.
 */
final class ProtocolWriter {
    private static final Logger log = LoggerFactory.getLogger(ProtocolWriter.class);
    private static final String INTERNAL_ERROR = "Internal error; the server log has the details";
    private static final String JMCP_INTERNAL_ERROR = "Internal error in ";

    private final McpJsonMapper jsonMapper;
    private final OutputStream out;

    ProtocolWriter(McpJsonMapper jsonMapper, OutputStream out) {
        this.jsonMapper = jsonMapper;
        this.out = out;
    }

    void write(JSONRPCMessage message) {
        writeJson(withoutJavaInternals(message));
    }

    /**
     * Writes an error reply; with a null id (the request's could not be read) as a plain map, since
     * the SDK's response record refuses a null id that JSON-RPC 2.0 requires here.
     */
    void writeError(Object id, JSONRPCError error) {
        if (id != null) {
            write(JSONRPCResponse.error(id, error));
            return;
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("jsonrpc", McpSchema.JSONRPC_VERSION);
        reply.put("id", null);
        reply.put("error", error);
        writeJson(reply);
    }

    private void writeJson(Object message) {
        byte[] json;
        try {
            json = jsonMapper.writeValueAsBytes(message);
        } catch (IOException | RuntimeException unserializable) {
            log.warn("A message could not be written as JSON: {}", unserializable.getMessage());
            throw new IllegalStateException("the message could not be written as JSON", unserializable);
        }
        byte[] line = new byte[json.length + 1];
        System.arraycopy(json, 0, line, 0, json.length);
        line[json.length] = '\n';
        synchronized (out) {
            try {
                out.write(line);
                out.flush();
                StartupTrace.markFirst("first message written");
            } catch (IOException closed) {
                throw new UncheckedIOException("stdout is closed", closed);
            }
        }
    }

    /**
     * jmcp's own internal errors say what failed ("Internal error in tool 'x'; ...") or carry the
     * resource they concern (data map); any other is the SDK's, made of a Java exception's text.
     */
    private static JSONRPCMessage withoutJavaInternals(JSONRPCMessage message) {
        if (message instanceof JSONRPCResponse response && response.error() != null
                && response.error().code() == ErrorCodes.INTERNAL_ERROR && !(response.error().data() instanceof Map)
                && !String.valueOf(response.error().message()).startsWith(JMCP_INTERNAL_ERROR)) {
            // The SDK's text may quote the request: the server log gets it at debug level only.
            log.warn("A request failed with an internal error; the client gets a generic message");
            log.debug("The internal error: {}", response.error().message());
            return JSONRPCResponse.error(response.id(), new JSONRPCError(ErrorCodes.INTERNAL_ERROR, INTERNAL_ERROR, null));
        }
        return message;
    }
}
