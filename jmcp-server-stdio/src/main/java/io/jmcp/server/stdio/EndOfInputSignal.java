package io.jmcp.server.stdio;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that runs an action once, when its end is reached or reading it fails. */
final class EndOfInputSignal extends FilterInputStream {
    private final Runnable onEnd;
    private boolean ended;

    EndOfInputSignal(InputStream in, Runnable onEnd) {
        super(in);
        this.onEnd = onEnd;
    }

    @Override
    public int read() throws IOException {
        try {
            return signalAtEnd(super.read());
        } catch (IOException failure) {
            end();
            throw failure;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return signalAtEnd(super.read(buffer, offset, length));
        } catch (IOException failure) {
            end();
            throw failure;
        }
    }

    private int signalAtEnd(int result) {
        if (result < 0) {
            end();
        }
        return result;
    }

    private synchronized void end() {
        if (!ended) {
            ended = true;
            onEnd.run();
        }
    }
}
