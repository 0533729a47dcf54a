package io.jmcp.simulator;

import io.jmcp.netconf.framing.Framing;
import io.jmcp.netconf.framing.MessageDecoder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * A NETCONF client that works at the byte level, for tests of how the simulator handles the
 * protocol itself (hello, framing, partial and broken replies). Tests of behaviour use real
 * clients (PyEZ, ncclient, this project's JunosDevice) instead.
 */
final class RawNetconfSession implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String BASE_1_0 = "urn:ietf:params:netconf:base:1.0";
    static final String BASE_1_1 = "urn:ietf:params:netconf:base:1.1";

    private final SshClient client;
    private final ClientSession session;
    private final ChannelSubsystem channel;
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final AtomicInteger messageIds = new AtomicInteger(100);
    private volatile MessageDecoder decoder = Framing.END_OF_MESSAGE.newDecoder();
    private volatile Framing sendFraming = Framing.END_OF_MESSAGE;

    private RawNetconfSession(SshClient client, ClientSession session, ChannelSubsystem channel) {
        this.client = client;
        this.session = session;
        this.channel = channel;
    }

    /** Logs in with the default password and opens the netconf subsystem, without sending a hello. */
    static RawNetconfSession connect(SimulatedDevice device) {
        return connect(device.port(), DeviceSpec.DEFAULT_USER, DeviceSpec.DEFAULT_PASSWORD, null);
    }

    /** Connects and exchanges hellos, offering base:1.0 and base:1.1. */
    static RawNetconfSession open(SimulatedDevice device) {
        RawNetconfSession netconf = connect(device);
        netconf.nextMessage();
        netconf.sendHello(BASE_1_0, BASE_1_1);
        return netconf;
    }

    /**
     * @param key a key pair to authenticate with, or null to use the password
     * @throws IllegalStateException when authentication fails
     */
    static RawNetconfSession connect(int port, String user, String password, KeyPair key) {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try {
            ClientSession session = client.connect(user, SimulatedDevice.HOST, port).verify(TIMEOUT).getSession();
            if (key != null) {
                session.addPublicKeyIdentity(key);
            } else {
                session.addPasswordIdentity(password);
            }
            session.auth().verify(TIMEOUT);
            ChannelSubsystem channel = session.createSubsystemChannel("netconf");
            RawNetconfSession netconf = new RawNetconfSession(client, session, channel);
            channel.setOut(netconf.new Sink());
            channel.open().verify(TIMEOUT);
            return netconf;
        } catch (IOException | RuntimeException e) {
            client.stop();
            throw new IllegalStateException("cannot open a NETCONF session on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** Sends a hello offering these base capabilities; with base:1.1 both sides then use chunked framing. */
    void sendHello(String... capabilities) {
        StringBuilder hello = new StringBuilder("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities>");
        for (String capability : capabilities) {
            hello.append("<capability>").append(capability).append("</capability>");
        }
        send(hello.append("</capabilities></hello>").toString());
        if (Arrays.asList(capabilities).contains(BASE_1_1)) {
            decoder = Framing.CHUNKED.newDecoder();
            sendFraming = Framing.CHUNKED;
        }
    }

    /** Sends {@code <rpc>operation</rpc>} and returns the reply. */
    String rpc(String operation) {
        send("<rpc xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"" + messageIds.incrementAndGet()
                + "\">" + operation + "</rpc>");
        return nextMessage();
    }

    /** Sends one message in the current framing. */
    void send(String xml) {
        try {
            OutputStream out = channel.getInvertedIn();
            sendFraming.newEncoder().encode(xml.getBytes(StandardCharsets.UTF_8), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends bytes as they are, framing included. */
    void sendRaw(String bytes) {
        try {
            OutputStream out = channel.getInvertedIn();
            out.write(bytes.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next complete message. @throws AssertionError when none arrives in time */
    String nextMessage() {
        return nextMessage(TIMEOUT).orElseThrow(() -> new AssertionError("no message within " + TIMEOUT
                + "; received so far: " + receivedText()));
    }

    Optional<String> nextMessage(Duration timeout) {
        try {
            return Optional.ofNullable(messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    /** Every byte received so far, framing included. */
    synchronized String receivedText() {
        return received.toString(StandardCharsets.UTF_8);
    }

    synchronized int receivedByteCount() {
        return received.size();
    }

    /** Waits until the server closed the channel. */
    boolean awaitClosed() {
        return channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT.toMillis())
                .contains(ClientChannelEvent.CLOSED);
    }

    boolean isOpen() {
        return channel.isOpen() && session.isOpen();
    }

    @Override
    public void close() {
        client.stop();
    }

    /** Receives the channel's bytes on MINA's thread and decodes them. */
    private final class Sink extends OutputStream {
        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (RawNetconfSession.this) {
                received.write(bytes, offset, length);
            }
            decoder.decode(ByteBuffer.wrap(bytes, offset, length), message -> messages.add(message.asString()));
        }
    }
}
