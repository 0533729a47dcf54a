package io.jmcp.server.http;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange over a plain socket with {@code Connection: close}, byte for byte as
 * given: any method, any header (or none), any body, chunked or not. The whole response is read,
 * and a response that does not end within the timeout is reported as a hang.
 */
final class RawExchange {
    private static final TypeRef<Map<String, Object>> JSON_OBJECT = new TypeRef<>() {
    };

    /**
     * @param status  the HTTP status
     * @param headers the response headers, names in lower case
     * @param body    the body, de-chunked
     */
    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The JSON-RPC message of the body: the JSON itself, or the last data line of an event stream. */
        Map<String, Object> message() {
            String json = body;
            String type = header("content-type");
            if (type != null && type.startsWith("text/event-stream")) {
                json = null;
                for (String line : body.split("\n")) {
                    if (line.startsWith("data:") && line.contains("\"id\"")) {
                        json = line.substring("data:".length()).strip();
                    }
                }
            }
            if (json == null || json.isBlank()) {
                return null;
            }
            try {
                return McpJsonDefaults.getMapper().readValue(json, JSON_OBJECT);
            } catch (IOException notJson) {
                throw new AssertionError("the body is not JSON: " + body, notJson);
            }
        }
    }

    /** A request under construction: the request line, headers in order, and the body. */
    static final class Request {
        private final String method;
        private final String path;
        private final List<String[]> headers = new ArrayList<>();
        private byte[] body = new byte[0];
        private boolean chunked;

        Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Request header(String name, String value) {
            headers.add(new String[] {name, value});
            return this;
        }

        Request body(byte[] bytes) {
            this.body = bytes;
            return this;
        }

        Request body(String text) {
            return body(text.getBytes(StandardCharsets.UTF_8));
        }

        Request chunked() {
            this.chunked = true;
            return this;
        }

        Response send(URI server, int timeoutMillis) {
            try (Socket socket = new Socket(server.getHost(), server.getPort())) {
                socket.setSoTimeout(timeoutMillis);
                OutputStream out = socket.getOutputStream();
                out.write(head(server).getBytes(StandardCharsets.ISO_8859_1));
                if (chunked) {
                    writeChunked(out);
                } else {
                    out.write(body);
                }
                out.flush();
                return read(socket.getInputStream());
            } catch (SocketTimeoutException hang) {
                throw new AssertionError("no complete response within " + timeoutMillis + " ms: the server hangs on "
                        + method + " " + path, hang);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }

        private String head(URI server) {
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            head.append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n");
            for (String[] header : headers) {
                head.append(header[0]).append(": ").append(header[1]).append("\r\n");
            }
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
            return head.append("Connection: close\r\n\r\n").toString();
        }

        private void writeChunked(OutputStream out) throws IOException {
            int chunk = 8192;
            for (int offset = 0; offset < body.length; offset += chunk) {
                int length = Math.min(chunk, body.length - offset);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, offset, length);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private RawExchange() {
    }

    static Request request(String method, String path) {
        return new Request(method, path);
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
            body.write(in.readNBytes(size));
            line(in);
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new IOException("the connection ended inside a response line: " + line);
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
