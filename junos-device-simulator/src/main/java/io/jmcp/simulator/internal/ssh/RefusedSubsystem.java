package io.jmcp.simulator.internal.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * The {@code netconf} subsystem of a device whose configuration does not enable it: the channel
 * says why on stderr and closes at once, so a client fails fast instead of waiting for a hello that
 * never comes.
 */
final class RefusedSubsystem implements Command {
    private final String reason;
    private OutputStream err;
    private ExitCallback exit;

    RefusedSubsystem(String reason) {
        this.reason = reason;
    }

    @Override
    public void setInputStream(InputStream in) {
        // Nothing is read.
    }

    @Override
    public void setOutputStream(OutputStream out) {
        // Nothing is written but the reason, on stderr.
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        try {
            err.write((reason + "\n").getBytes(StandardCharsets.UTF_8));
            err.flush();
        } finally {
            exit.onExit(1, reason);
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        // Nothing held.
    }
}
