package io.jmcp.netconf;

import io.jmcp.netconf.framing.Framing;
import io.jmcp.netconf.framing.MessageDecoder;
import io.jmcp.netconf.framing.NetconfMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server end of a {@link PipeTransport}: a scripted NETCONF peer built on the real framing
 * codecs. It records what the session sends and answers what the test tells it to.
 */
final class FakePeer implements AutoCloseable {
    static final String BASE_1_0 = "urn:ietf:params:netconf:base:1.0";
    static final String BASE_1_1 = "urn:ietf:params:netconf:base:1.1";
    private static final Pattern MESSAGE_ID = Pattern.compile("message-id=\"([^\"]*)\"");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final InputStream in;
    private final OutputStream out;
    private final BlockingQueue<NetconfMessage> received = new LinkedBlockingQueue<>();
    private final boolean offersBase11;
    private volatile Framing framing = Framing.END_OF_MESSAGE;
    private MessageDecoder decoder = Framing.END_OF_MESSAGE.newDecoder();
    private final CompletableFuture<NetconfMessage> clientHello = new CompletableFuture<>();
    private final List<Thread> responders = new CopyOnWriteArrayList<>();

    private FakePeer(PipeTransport transport, boolean offersBase11) {
        this.in = transport.peerInput();
        this.out = transport.peerOutput();
        this.offersBase11 = offersBase11;
        Thread reader = new Thread(this::read, "fake-peer-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** A peer that sends nothing until told to; it will switch to chunked framing if its hello offers base:1.1. */
    static FakePeer on(PipeTransport transport, boolean offersBase11) {
        return new FakePeer(transport, offersBase11);
    }

    /** A peer that has sent its hello with the given capabilities and session-id, as a server does on connect. */
    static FakePeer started(PipeTransport transport, long sessionId, String... capabilities) {
        FakePeer peer = new FakePeer(transport, List.of(capabilities).contains(BASE_1_1));
        peer.sendHello(hello(sessionId, capabilities));
        return peer;
    }

    /** The hello of a server with the given capabilities and session-id. */
    static String hello(long sessionId, String... capabilities) {
        StringBuilder hello = new StringBuilder(
                "<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities>");
        for (String capability : capabilities) {
            hello.append("<capability>").append(capability).append("</capability>");
        }
        return hello.append("</capabilities><session-id>").append(sessionId).append("</session-id></hello>").toString();
    }

    /** The client's hello, which the peer reads before any request. */
    String clientHello() {
        return clientHello.orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS).join().asString();
    }

    /** The next message the session sent after its hello; fails the test after a generous wait. */
    NetconfMessage nextMessage() {
        try {
            NetconfMessage message = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("the session sent nothing within " + WAIT);
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next request, as a string. */
    String nextRequest() {
        return nextMessage().asString();
    }

    /** Whether the session sent anything within {@code wait}. */
    boolean receivesWithin(Duration wait) throws InterruptedException {
        NetconfMessage message = received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        return message != null;
    }

    static String messageIdOf(String request) {
        Matcher matcher = MESSAGE_ID.matcher(request);
        if (!matcher.find()) {
            throw new AssertionError("no message-id in " + request);
        }
        return matcher.group(1);
    }

    /**
     * Answers every request from now on, in the background, with the whole reply {@code replies}
     * gives for it (message-id included).
     */
    void answerEach(Function<String, String> replies) {
        Thread responder = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                NetconfMessage request;
                try {
                    request = received.take();
                } catch (InterruptedException e) {
                    return;
                }
                send(replies.apply(request.asString()));
            }
        }, "fake-peer-responder");
        responder.setDaemon(true);
        responder.start();
        responders.add(responder);
    }

    /** Answers {@code request} with an rpc-reply holding {@code body}. */
    void replyTo(String request, String body) {
        send("<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"" + messageIdOf(request)
                + "\">" + body + "</rpc-reply>");
    }

    /** Sends a hello, always framed end-of-message. */
    void sendHello(String hello) {
        send(hello, Framing.END_OF_MESSAGE);
    }

    /** Frames and sends one message in the negotiated framing. */
    void send(String message) {
        send(message, framing);
    }

    private void send(String message, Framing messageFraming) {
        try {
            messageFraming.newEncoder().encode(message.getBytes(StandardCharsets.UTF_8), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends bytes as they are, framing included. */
    void sendRaw(String bytes) {
        try {
            out.write(bytes.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the peer's end: the session sees the connection close. */
    @Override
    public void close() {
        responders.forEach(Thread::interrupt);
        try {
            out.close();
        } catch (IOException ignored) {
            // already closed by the session
        }
    }

    private void read() {
        byte[] buffer = new byte[8192];
        try {
            int count;
            while ((count = in.read(buffer)) >= 0) {
                decode(ByteBuffer.wrap(buffer, 0, count));
            }
        } catch (IOException e) {
            // the session closed its end
        }
    }

    /** Decodes {@code bytes}, switching framing right after the client's hello, as RFC 6242 wants. */
    private void decode(ByteBuffer bytes) {
        while (bytes.hasRemaining()) {
            try {
                decoder.decode(bytes, message -> {
                    if (clientHello.complete(message)) {
                        if (offersBase11 && message.asString().contains(BASE_1_1)) {
                            framing = Framing.CHUNKED;
                            decoder = Framing.CHUNKED.newDecoder();
                            throw new FramingSwitched();
                        }
                    } else {
                        received.add(message);
                    }
                });
            } catch (FramingSwitched switched) {
                // the decoder left the bytes after the hello unread: the new decoder takes them
            }
        }
    }

    /** Stops the end-of-message decoder right after the hello. */
    private static final class FramingSwitched extends RuntimeException {
        FramingSwitched() {
            super(null, null, false, false);
        }
    }
}
