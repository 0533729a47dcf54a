package io.jmcp.netconf;

import io.jmcp.netconf.ssh.NetconfTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link NetconfTransport} over two in-memory pipes, for testing sessions without SSH. The other
 * ends are handed to a {@link FakePeer}.
 */
final class PipeTransport implements NetconfTransport {
    private final Pipe toPeer;
    private final Pipe fromPeer;
    private final OutputStream output;
    private final AtomicBoolean open = new AtomicBoolean(true);

    PipeTransport() {
        try {
            toPeer = Pipe.open();
            fromPeer = Pipe.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        output = Channels.newOutputStream(toPeer.sink());
    }

    /** What the peer reads: everything the session writes. */
    InputStream peerInput() {
        return Channels.newInputStream(toPeer.source());
    }

    /** What the peer writes: everything the session reads. */
    OutputStream peerOutput() {
        return Channels.newOutputStream(fromPeer.sink());
    }

    @Override
    public void start(Listener listener) {
        Thread reader = new Thread(() -> pump(listener), "pipe-transport-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void pump(Listener listener) {
        Throwable cause = null;
        try (InputStream in = Channels.newInputStream(fromPeer.source())) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                listener.received(ByteBuffer.wrap(buffer, 0, read));
            }
        } catch (IOException e) {
            cause = open.get() ? e : null;
        } finally {
            open.set(false);
            listener.closed(cause);
        }
    }

    @Override
    public OutputStream output() {
        return output;
    }

    @Override
    public String peer() {
        return "tester@pipe";
    }

    @Override
    public boolean isOpen() {
        return open.get();
    }

    @Override
    public void close() {
        if (open.getAndSet(false)) {
            closeQuietly(toPeer.sink());
            closeQuietly(fromPeer.source());
        }
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a pipe end in a test; nothing to report
        }
    }
}
