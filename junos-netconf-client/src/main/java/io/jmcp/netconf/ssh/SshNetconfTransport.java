package io.jmcp.netconf.ssh;

import io.jmcp.netconf.error.NetconfTimeoutException;
import io.jmcp.netconf.error.TransportException;
import io.jmcp.netconf.internal.Durations;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.future.OpenFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;

/**
 * The {@code netconf} subsystem channel of one authenticated SSH session. Inbound data goes from
 * MINA's I/O thread straight to the listener (the channel's output stream is the listener), so
 * the session costs no thread of its own.
 */
final class SshNetconfTransport implements NetconfTransport {
    static final String SUBSYSTEM = "netconf";

    private final ClientSession session;
    private final ChannelSubsystem channel;
    private final String address;
    private final Deadline deadline;
    /** Why the SSH connection broke (a reset, missed keepalives), when MINA says. */
    private volatile Throwable connectionFailure;

    SshNetconfTransport(ClientSession session, String address, Deadline deadline) {
        this.session = session;
        this.address = address;
        this.deadline = deadline;
        try {
            this.channel = session.createSubsystemChannel(SUBSYSTEM);
        } catch (IOException e) {
            throw new TransportException("cannot create the netconf channel to " + address + ": " + e.getMessage(), e);
        }
        session.addSessionListener(new SessionListener() {
            @Override
            public void sessionException(Session failed, Throwable cause) {
                connectionFailure = cause;
            }
        });
    }

    /**
     * Opens the channel within what is left of the connect timeout.
     *
     * @throws NetconfTimeoutException when the device does not open it in time
     * @throws TransportException      when the device refuses it
     */
    @Override
    public void start(Listener listener) {
        channel.setOut(new ListenerStream(listener));
        channel.setErr(OutputStream.nullOutputStream());
        channel.addCloseFutureListener(closed -> listener.closed(connectionFailure));
        OpenFuture opening;
        try {
            opening = channel.open();
        } catch (IOException e) {
            close();
            throw new TransportException("cannot open the netconf channel to " + address + ": " + e.getMessage(), e);
        }
        if (!deadline.await(opening, "opening the netconf subsystem on " + address)) {
            close();
            throw new NetconfTimeoutException("opening the netconf subsystem on " + address
                    + " did not complete within the connect timeout of " + Durations.describe(deadline.timeout()),
                    deadline.timeout());
        }
        if (!opening.isOpened()) {
            close();
            Throwable cause = opening.getException();
            throw new TransportException(address + " refused to open a channel for the netconf subsystem"
                    + (cause == null ? "" : ": " + cause.getMessage()), cause);
        }
    }

    @Override
    public OutputStream output() {
        return channel.getInvertedIn();
    }

    @Override
    public String peer() {
        return address;
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen() && !channel.isClosing() && session.isOpen();
    }

    /** Closes the SSH connection: one device, one connection, one channel. */
    @Override
    public void close() {
        session.close(true);
    }

    /** What MINA writes the channel's data to: the session's listener, on MINA's I/O thread. */
    private static final class ListenerStream extends OutputStream {
        private final Listener listener;

        ListenerStream(Listener listener) {
            this.listener = listener;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            listener.received(ByteBuffer.wrap(bytes, offset, length));
        }
    }
}
