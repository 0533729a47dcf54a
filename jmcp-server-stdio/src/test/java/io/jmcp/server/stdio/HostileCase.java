package io.jmcp.server.stdio;

import java.nio.charset.StandardCharsets;

/**
 * One hostile input for the stdio server and exactly what it must get back.
 *
 * @param name   what the case is, as the test report shows it
 * @param line   the bytes sent, line end included
 * @param expect the reply it must get
 */
record HostileCase(String name, byte[] line, Expect expect) {
    /** The reply a case must get. */
    sealed interface Expect {
    }

    /** A JSON-RPC error with this id (null when the id could not be read) and code, its message containing a text. */
    record Error(Object id, int code, String messagePart) implements Expect {
    }

    /** A tool result with isError true, its text containing a part. */
    record ToolError(Object id, String textPart) implements Expect {
    }

    /** A successful result. */
    record Result(Object id) implements Expect {
    }

    /** Nothing at all (a notification, or a response to nothing). */
    record Silence() implements Expect {
    }

    static HostileCase text(String name, String line, Expect expect) {
        return new HostileCase(name, (line + "\n").getBytes(StandardCharsets.UTF_8), expect);
    }

    static HostileCase bytes(String name, byte[] line, Expect expect) {
        byte[] withEnd = java.util.Arrays.copyOf(line, line.length + 1);
        withEnd[line.length] = '\n';
        return new HostileCase(name, withEnd, expect);
    }

    @Override
    public String toString() {
        return name;
    }
}
