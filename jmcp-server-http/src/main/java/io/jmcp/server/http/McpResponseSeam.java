package io.jmcp.server.http;

import io.modelcontextprotocol.spec.HttpHeaders;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The response the MCP SDK's transport writes to, with three of its edges fixed:
 * <ul>
 *   <li>an error status it sets is kept aside with whatever it writes after (its exception
 *       serialized whole, stack trace included, or an HTML error page) and replaced by
 *       {@link #refusal()}, a plain JSON-RPC error;</li>
 *   <li>its SSE streams lose their repeated event ids ({@link SseEventIdRemover});</li>
 *   <li>the session id it hands out is reported, so the session gets its owner.</li>
 * </ul>
 */
final class McpResponseSeam extends HttpServletResponseWrapper {
    private final Consumer<String> sessionCreated;
    private int errorStatus;
    private String errorMessage;
    private PrintWriter writer;

    McpResponseSeam(HttpServletResponse response, Consumer<String> sessionCreated) {
        super(response);
        this.sessionCreated = sessionCreated;
    }

    /** The JSON-RPC error to send in place of the SDK's error response, or null when it answered normally. */
    JsonRpcRefusal refusal() {
        return switch (errorStatus) {
            case 0 -> null;
            case SC_NOT_FOUND -> JsonRpcRefusal.sessionNotFound();
            case SC_FORBIDDEN, 421 -> JsonRpcRefusal.invalidRequest(errorStatus, errorMessage != null ? errorMessage
                    : "the request's Origin or Host header is not allowed");
            case SC_SERVICE_UNAVAILABLE -> new JsonRpcRefusal(errorStatus, JsonRpcRefusal.UNAVAILABLE,
                    "the server is shutting down; try again when it is back", null);
            case SC_BAD_REQUEST -> JsonRpcRefusal.invalidRequest("the MCP transport could not serve this request");
            default -> new JsonRpcRefusal(errorStatus, McpSchema.ErrorCodes.INTERNAL_ERROR,
                    "Internal error: the request could not be served; the server log has the details", null);
        };
    }

    private boolean failed() {
        return errorStatus != 0;
    }

    @Override
    public void setStatus(int status) {
        if (status >= SC_BAD_REQUEST) {
            errorStatus = status;
        } else if (!failed()) {
            super.setStatus(status);
        }
    }

    @Override
    public void sendError(int status) {
        errorStatus = status;
    }

    @Override
    public void sendError(int status, String message) {
        errorStatus = status;
        errorMessage = message;
    }

    @Override
    public void setHeader(String name, String value) {
        noteSession(name, value);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        noteSession(name, value);
        super.addHeader(name, value);
    }

    private void noteSession(String name, String value) {
        if (HttpHeaders.MCP_SESSION_ID.equalsIgnoreCase(name) && !failed()) {
            sessionCreated.accept(value);
        }
    }

    @Override
    public void setContentType(String type) {
        if (!failed()) {
            super.setContentType(type);
        }
    }

    @Override
    public void setContentLength(int length) {
        if (!failed()) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (!failed()) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        return failed() ? new DiscardingStream() : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (failed()) {
            return new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        }
        if (writer == null) {
            // The SDK takes the writer before it says the response is an event stream; a JSON
            // body is one line starting with '{', which the remover passes on unchanged.
            writer = new PrintWriter(new SseEventIdRemover(super.getWriter()));
        }
        return writer;
    }

    /** Where the SDK's error bodies go. */
    private static final class DiscardingStream extends ServletOutputStream {
        @Override
        public void write(int b) {
            // the SDK's error body is replaced by the refusal
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("not an asynchronous response");
        }
    }
}
