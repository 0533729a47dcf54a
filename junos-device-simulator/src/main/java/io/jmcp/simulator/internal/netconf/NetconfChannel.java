package io.jmcp.simulator.internal.netconf;

import io.jmcp.netconf.framing.Framing;
import io.jmcp.netconf.framing.MessageDecoder;
import io.jmcp.netconf.framing.NetconfMessage;
import io.jmcp.simulator.internal.device.ConfigSession;
import io.jmcp.simulator.internal.device.DeviceFaults;
import io.jmcp.simulator.internal.device.DeviceRuntime;
import io.jmcp.simulator.internal.device.LiveSession;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.sshd.common.io.IoInputStream;
import org.apache.sshd.common.io.IoOutputStream;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelDataReceiver;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.channel.ChannelSessionAware;
import org.apache.sshd.server.command.AsyncCommandStreamsAware;
import org.apache.sshd.server.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One NETCONF session: the {@code netconf} subsystem of one SSH channel. Without a thread of its
 * own: bytes arrive on MINA's I/O thread and are decoded there; each complete request is
 * answered on a shared worker, one at a time and in order; the reply is written asynchronously,
 * through the device's faults (latency, stall, drop, malformed), and only when it has been
 * written does the next request get its turn.
 */
public final class NetconfChannel implements Command, AsyncCommandStreamsAware, ChannelSessionAware,
        ChannelDataReceiver, LiveSession, RpcContext {
    /** Largest request accepted; a configuration load of this size is already absurd. */
    static final long MAX_REQUEST_BYTES = 64L << 20;
    /** Requests a client may pipeline before it is considered abusive and disconnected. */
    static final int MAX_QUEUED_REQUESTS = 64;
    private static final Logger LOG = LoggerFactory.getLogger(NetconfChannel.class);

    private final DeviceRuntime device;
    private final RpcDispatcher dispatcher;
    private final Executor workers;
    private final ScheduledExecutorService timers;
    private final int sessionId;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ChannelSession channel;
    private IoOutputStream out;
    private volatile ConfigSession session;

    // Touched by the I/O thread only.
    private MessageDecoder decoder = Framing.END_OF_MESSAGE.newDecoder(MAX_REQUEST_BYTES);
    private boolean helloReceived;

    // Guarded by this.
    private final Queue<NetconfMessage> requests = new ArrayDeque<>();
    /**
     * A request is being answered, or the hello is not sent yet: MINA may hand over requests the
     * client sent early before it starts the subsystem, and they must wait for the hello.
     */
    private boolean busy = true;
    private Runnable parkedReply;

    private volatile Framing framing = Framing.END_OF_MESSAGE;
    private volatile boolean closeAfterReply;

    public NetconfChannel(DeviceRuntime device, RpcDispatcher dispatcher, Executor workers,
                          ScheduledExecutorService timers) {
        this.device = device;
        this.dispatcher = dispatcher;
        this.workers = workers;
        this.timers = timers;
        this.sessionId = device.nextSessionId();
    }

    @Override
    public void setChannelSession(ChannelSession channelSession) {
        this.channel = channelSession;
        // Receive bytes as they arrive instead of through a blocking stream and a thread.
        channelSession.setDataReceiver(this);
    }

    @Override
    public void setIoOutputStream(IoOutputStream stream) {
        this.out = stream;
    }

    @Override
    public void start(ChannelSession channelSession, Environment env) {
        session = device.store().openSession(sessionId, channelSession.getSession().getUsername());
        device.sessionOpened(this);
        LOG.debug("device {}: NETCONF session {} opened by {}", device.name(), sessionId, session.user());
        write(frame(Framing.END_OF_MESSAGE, Hello.server(sessionId)), this::nextTurn);
    }

    @Override
    public int data(ChannelSession channelSession, byte[] buffer, int start, int length) {
        try {
            int offset = start;
            int end = start + length;
            // Until the client's hello is in, feed bytes one at a time: the hello decides the
            // framing of whatever follows it, possibly in the same packet.
            while (!helloReceived && offset < end) {
                decoder.decode(ByteBuffer.wrap(buffer, offset++, 1), this::onClientHello);
            }
            if (offset < end) {
                decoder.decode(ByteBuffer.wrap(buffer, offset, end - offset), this::enqueue);
            }
        } catch (RuntimeException e) {
            LOG.info("device {}: NETCONF session {} closed: {}", device.name(), sessionId, e.getMessage());
            drop();
        }
        return length;
    }

    private void onClientHello(NetconfMessage hello) {
        Set<String> capabilities = Hello.clientCapabilities(hello);
        helloReceived = true;
        if (capabilities.contains(Hello.BASE_1_1)) {
            framing = Framing.CHUNKED;
            decoder = Framing.CHUNKED.newDecoder(MAX_REQUEST_BYTES);
        }
    }

    private void enqueue(NetconfMessage request) {
        boolean startNow;
        synchronized (this) {
            if (requests.size() >= MAX_QUEUED_REQUESTS) {
                throw new IllegalStateException("client pipelined more than " + MAX_QUEUED_REQUESTS + " requests");
            }
            requests.add(request);
            startNow = !busy;
            busy = true;
        }
        if (startNow) {
            submit(this::replyToNext);
        }
    }

    /** Answers the oldest waiting request, or goes idle. Runs on a worker. */
    private void replyToNext() {
        if (closeAfterReply) {
            // Close the channel rather than exit the "shell": the client often hangs up at once,
            // and an exit status would then be written to a closing session.
            channel.close(false);
            return;
        }
        NetconfMessage request;
        synchronized (this) {
            request = requests.poll();
            if (request == null) {
                busy = false;
                return;
            }
        }
        byte[] framed;
        try {
            framed = frame(framing, reply(request));
        } catch (RuntimeException e) {
            // The dispatcher answers every failure of a handler; this is a failure of its own.
            LOG.error("device {}: NETCONF session {} cannot answer and is dropped", device.name(), sessionId, e);
            drop();
            return;
        }
        Duration latency = device.faults().latency();
        if (latency.isZero()) {
            transmit(framed);
        } else {
            timers.schedule(() -> submit(() -> transmit(framed)), latency.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private String reply(NetconfMessage request) {
        String reply = dispatcher.answer(request, this);
        return device.faults().malformedReplies() ? reply.substring(0, reply.length() / 2) : reply;
    }

    /** Sends one framed reply through the drop and stall faults, then moves on to the next request. */
    private void transmit(byte[] framed) {
        DeviceFaults faults = device.faults();
        Optional<Long> dropAfter = faults.dropAfterBytes();
        if (dropAfter.isPresent()) {
            write(prefix(framed, dropAfter.get()), this::drop);
            return;
        }
        Optional<Long> stallAfter = faults.stallAfterBytes();
        if (stallAfter.isPresent() && stallAfter.get() < framed.length) {
            byte[] rest = Arrays.copyOfRange(framed, stallAfter.get().intValue(), framed.length);
            write(prefix(framed, stallAfter.get()), () -> park(() -> write(rest, this::nextTurn)));
            return;
        }
        write(framed, this::nextTurn);
    }

    /**
     * After a reply is written: the next waiting request gets its turn on a worker, or the session
     * goes idle at once. Waking a worker only to find no request would cost every RPC a thread
     * hand-off.
     */
    private void nextTurn() {
        synchronized (this) {
            if (requests.isEmpty() && !closeAfterReply) {
                busy = false;
                return;
            }
        }
        submit(this::replyToNext);
    }

    private void park(Runnable resume) {
        Runnable onRelease = () -> {
            synchronized (this) {
                parkedReply = null;
            }
            resume.run();
        };
        synchronized (this) {
            parkedReply = onRelease;
        }
        device.faults().parkStalledReply(onRelease);
    }

    private void write(byte[] bytes, Runnable then) {
        if (closed.get()) {
            return;
        }
        if (bytes.length == 0) {
            then.run();
            return;
        }
        try {
            out.writeBuffer(new ByteArrayBuffer(bytes)).addListener(future -> {
                if (future.isWritten()) {
                    then.run();
                } else {
                    drop();
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.debug("device {}: session {} write failed: {}", device.name(), sessionId, e.toString());
            drop();
        }
    }

    private void submit(Runnable task) {
        try {
            workers.execute(task);
        } catch (RejectedExecutionException shuttingDown) {
            drop();
        }
    }

    private static byte[] frame(Framing framing, String xml) {
        ByteArrayOutputStream framed = new ByteArrayOutputStream(xml.length() + 32);
        try {
            framing.newEncoder().encode(xml.getBytes(StandardCharsets.UTF_8), framed);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return framed.toByteArray();
    }

    private static byte[] prefix(byte[] bytes, long length) {
        return Arrays.copyOf(bytes, (int) Math.min(length, bytes.length));
    }

    @Override
    public DeviceRuntime device() {
        return device;
    }

    @Override
    public ConfigSession session() {
        return session;
    }

    @Override
    public String invoke(RpcRequest request) {
        return dispatcher.invoke(request, this);
    }

    @Override
    public void closeAfterReply() {
        closeAfterReply = true;
    }

    @Override
    public int sessionId() {
        return sessionId;
    }

    /** Drops the whole SSH connection at once, as {@code kill-session} or a cut cable would. */
    @Override
    public void kill() {
        drop();
    }

    @Override
    public void dropConnection() {
        drop();
    }

    private void drop() {
        ChannelSession current = channel;
        if (current != null) {
            current.getSession().close(true);
        }
        release();
    }

    @Override
    public void destroy(ChannelSession channelSession) {
        release();
    }

    /** The channel reached end of input or closed. */
    @Override
    public void close() {
        release();
    }

    /** Frees what the session held in the device, once. */
    private void release() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Runnable parked;
        synchronized (this) {
            requests.clear();
            parked = parkedReply;
        }
        if (parked != null) {
            device.faults().forgetStalledReply(parked);
        }
        if (session != null) {
            device.store().sessionClosed(session);
            device.sessionClosed(this);
            LOG.debug("device {}: NETCONF session {} closed", device.name(), sessionId);
        }
    }

    // The streams and the exit callback below belong to the blocking and pull-style APIs, which
    // this push-style subsystem replaces with its data receiver, asynchronous output and closing
    // the channel itself.

    @Override
    public void setExitCallback(ExitCallback callback) {
    }

    @Override
    public void setIoInputStream(IoInputStream in) {
    }

    @Override
    public void setIoErrorStream(IoOutputStream err) {
    }

    @Override
    public void setInputStream(InputStream in) {
    }

    @Override
    public void setOutputStream(OutputStream stream) {
    }

    @Override
    public void setErrorStream(OutputStream err) {
    }
}
