package io.jmcp.netconf;

import static io.jmcp.netconf.FakePeer.BASE_1_0;
import static io.jmcp.netconf.FakePeer.BASE_1_1;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link JunosDevice} on a scripted NETCONF peer ({@link FakePeer} over a {@link PipeTransport},
 * hello exchanged, base:1.1), opened before each test and closed after it: the test runs an
 * operation, sees the request it sent and tells the peer how to answer. Shared by the client's and
 * junos-config's tests ({@code @RegisterExtension}).
 */
final class ScriptedJunosDevice implements BeforeEachCallback, AfterEachCallback {
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern RPC_BODY = Pattern.compile("^<\\?xml[^>]*\\?><rpc [^>]*>(.*)</rpc>$", Pattern.DOTALL);

    private ExecutorService callers;
    private FakePeer peer;
    private JunosDevice device;

    /** One operation, the body of the rpc it sent, and what it returned for the reply the peer gave. */
    record Exchange<T>(String request, T result) {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        PipeTransport transport = new PipeTransport();
        callers = Executors.newCachedThreadPool();
        peer = FakePeer.started(transport, 7, BASE_1_0, BASE_1_1);
        device = JunosDevice.on(NetconfSession.open(transport, WAIT, WAIT));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        peer.close();
        device.close();
        callers.shutdownNow();
    }

    JunosDevice device() {
        return device;
    }

    FakePeer peer() {
        return peer;
    }

    /** Runs {@code operation}, answers its request with an rpc-reply holding {@code replyBody}. */
    <T> Exchange<T> exchange(Callable<T> operation, String replyBody) throws Exception {
        Future<T> result = callers.submit(operation);
        String request = peer.nextRequest();
        peer.replyTo(request, replyBody);
        return new Exchange<>(bodyOf(request), result.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** What {@code operation} returns when its request is answered with a reply captured from a real device. */
    <T> T resultWithReplyFile(Callable<T> operation, String replyFile) throws Exception {
        Future<T> result = callers.submit(operation);
        String request = peer.nextRequest();
        peer.send(JunosReplies.asReplyTo(replyFile, FakePeer.messageIdOf(request)));
        return result.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** What {@code operation} throws when its request is answered with a reply captured from a real device. */
    Throwable failureWithReplyFile(Callable<?> operation, String replyFile) throws Exception {
        try {
            resultWithReplyFile(operation, replyFile);
            throw new AssertionError("the operation succeeded");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private static String bodyOf(String request) {
        Matcher matcher = RPC_BODY.matcher(request);
        if (!matcher.matches()) {
            throw new AssertionError("not an rpc: " + request);
        }
        return matcher.group(1);
    }
}
