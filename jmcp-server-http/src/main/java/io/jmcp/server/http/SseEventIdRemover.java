package io.jmcp.server.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Passes an SSE stream on without its {@code id:} lines. The SDK's transport gives every event of
 * a session the session id as event id, so ids repeat and a client resuming with
 * {@code Last-Event-ID} would be answered wrongly; an event without an id is the spec's way of
 * saying that the stream cannot be resumed (the endpoint then refuses {@code Last-Event-ID}).
 * The SDK writes whole lines, but this does not rely on it.
 */
final class SseEventIdRemover extends Writer {
    private static final String ID_FIELD = "id:";

    /** The servlet's writer, which keeps its errors to itself: they are raised again here, so the SDK sees a client go. */
    private final PrintWriter out;
    /** The start of the current line while it may still be an {@code id:} line. */
    private final StringBuilder undecided = new StringBuilder(ID_FIELD.length());
    private boolean passingLine;
    private boolean droppingLine;

    SseEventIdRemover(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(char[] characters, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(characters[i]);
        }
    }

    @Override
    public void write(int character) throws IOException {
        char c = (char) character;
        if (droppingLine) {
            droppingLine = c != '\n';
        } else if (passingLine) {
            out.write(c);
            passingLine = c != '\n';
        } else {
            decide(c);
        }
    }

    private void decide(char c) throws IOException {
        undecided.append(c);
        String start = undecided.toString();
        if (start.equals(ID_FIELD)) {
            undecided.setLength(0);
            droppingLine = true;
        } else if (!ID_FIELD.startsWith(start)) {
            undecided.setLength(0);
            out.write(start);
            passingLine = c != '\n';
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
        if (out.checkError()) {
            throw new IOException("the client closed the stream");
        }
    }

    @Override
    public void close() throws IOException {
        out.write(undecided.toString());
        undecided.setLength(0);
        out.close();
    }
}
