package io.jmcp.netconf;

import static io.jmcp.netconf.FakePeer.BASE_1_0;
import static io.jmcp.netconf.FakePeer.BASE_1_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.error.NetconfException;
import io.jmcp.netconf.error.NetconfTimeoutException;
import io.jmcp.netconf.error.RpcError;
import io.jmcp.netconf.error.RpcErrorException;
import io.jmcp.netconf.error.TransportException;
import io.jmcp.netconf.framing.Framing;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NetconfSessionTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration SHORT = Duration.ofMillis(300);

    private final PipeTransport transport = new PipeTransport();
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private FakePeer peer;
    private NetconfSession session;

    @AfterEach
    void tearDown() {
        if (peer != null) {
            peer.close();
        }
        if (session != null) {
            session.close();
        }
        transport.close();
        callers.shutdownNow();
    }

    private NetconfSession open(String... capabilities) {
        peer = FakePeer.started(transport, 42, capabilities);
        session = NetconfSession.open(transport, WAIT, WAIT);
        return session;
    }

    private Future<RpcReply> rpcInBackground(String body, Duration timeout) {
        return callers.submit(() -> session.rpc(body, timeout));
    }

    private static Throwable failureOf(Future<?> call) throws InterruptedException {
        try {
            call.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            throw new AssertionError("the call succeeded");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("the call did not fail within " + WAIT);
        }
    }

    @Nested
    class Hello {
        @Test
        void advertisesBase10AndBase11() {
            open(BASE_1_0);

            assertThat(peer.clientHello()).contains(BASE_1_0, BASE_1_1);
        }

        @Test
        void readsCapabilitiesAndSessionIdOfThePeer() {
            open(BASE_1_0, BASE_1_1, "urn:ietf:params:netconf:capability:candidate:1.0");

            assertThat(session.sessionId()).isEqualTo(42);
            assertThat(session.capabilities()).containsExactlyInAnyOrder(
                    BASE_1_0, BASE_1_1, "urn:ietf:params:netconf:capability:candidate:1.0");
            assertThat(session.hasCapability("urn:ietf:params:netconf:capability:candidate:1.0")).isTrue();
        }

        @Test
        void negotiatesChunkedFramingWhenBothSidesSpeakBase11() {
            open(BASE_1_0, BASE_1_1);

            Future<RpcReply> call = rpcInBackground("<get-software-information/>", WAIT);
            String request = peer.nextRequest();
            peer.replyTo(request, "<software-information/>");

            assertThat(session.framing()).isEqualTo(Framing.CHUNKED);
            assertThat(request).contains("<get-software-information/>");
            assertThat(call).succeedsWithin(WAIT);
        }

        @Test
        void keepsEndOfMessageFramingWhenThePeerSpeaksOnlyBase10() {
            open(BASE_1_0);

            Future<RpcReply> call = rpcInBackground("<get-software-information/>", WAIT);
            peer.replyTo(peer.nextRequest(), "<software-information/>");

            assertThat(session.framing()).isEqualTo(Framing.END_OF_MESSAGE);
            assertThat(call).succeedsWithin(WAIT);
        }

        @Test
        void timesOutWhenThePeerSendsNoHello() {
            peer = FakePeer.on(transport, false);

            assertThatThrownBy(() -> NetconfSession.open(transport, SHORT, WAIT))
                    .isInstanceOf(NetconfTimeoutException.class)
                    .hasMessageContaining("no NETCONF hello from tester@pipe");
            assertThat(transport.isOpen()).isFalse();
        }

        @Test
        void rejectsAHelloWithoutSessionId() {
            peer = FakePeer.on(transport, false);
            peer.sendHello("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities>"
                    + "<capability>" + BASE_1_0 + "</capability></capabilities></hello>");

            assertThatThrownBy(() -> NetconfSession.open(transport, WAIT, WAIT))
                    .isInstanceOf(NetconfException.class)
                    .hasMessageContaining("has no session-id");
        }

        @Test
        void rejectsAPeerWithoutACommonBaseVersion() {
            peer = FakePeer.on(transport, false);
            peer.sendHello(FakePeer.hello(7, "urn:example:only"));

            assertThatThrownBy(() -> NetconfSession.open(transport, WAIT, WAIT))
                    .isInstanceOf(NetconfException.class)
                    .hasMessageContaining("advertises neither");
        }

        @Test
        void reportsAPeerThatClosesBeforeItsHello() {
            peer = FakePeer.on(transport, false);
            peer.close();

            assertThatThrownBy(() -> NetconfSession.open(transport, WAIT, WAIT))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("closed the NETCONF channel before sending its hello");
        }
    }

    @Nested
    class Correlation {
        @Test
        void numbersRequestsWithIncreasingMessageIds() {
            open(BASE_1_0, BASE_1_1);

            Future<RpcReply> first = rpcInBackground("<a/>", WAIT);
            String firstRequest = peer.nextRequest();
            peer.replyTo(firstRequest, "<ok/>");
            assertThat(first).succeedsWithin(WAIT);
            Future<RpcReply> second = rpcInBackground("<b/>", WAIT);
            String secondRequest = peer.nextRequest();
            peer.replyTo(secondRequest, "<ok/>");

            assertThat(second).succeedsWithin(WAIT);
            assertThat(Long.parseLong(FakePeer.messageIdOf(secondRequest)))
                    .isGreaterThan(Long.parseLong(FakePeer.messageIdOf(firstRequest)));
        }

        @Test
        void returnsTheReplyCarryingTheRequestsMessageId() throws Exception {
            open(BASE_1_0, BASE_1_1);

            Future<RpcReply> call = rpcInBackground("<get-chassis-inventory/>", WAIT);
            String request = peer.nextRequest();
            peer.replyTo(request, "<chassis-inventory><chassis/></chassis-inventory>");

            RpcReply reply = call.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(reply.messageId()).isEqualTo(FakePeer.messageIdOf(request));
            assertThat(reply.bodyXml()).isEqualTo("<chassis-inventory><chassis></chassis></chassis-inventory>");
        }

        @Test
        void failsWithATimeoutWhenNoReplyComes() {
            open(BASE_1_0, BASE_1_1);

            assertThatThrownBy(() -> session.rpc("<get-software-information/>", SHORT))
                    .isInstanceOf(NetconfTimeoutException.class)
                    .hasMessageContaining("no reply from tester@pipe to message-id 1");
        }

        @Test
        void discardsALateReplyAndStaysUsable() throws Exception {
            open(BASE_1_0, BASE_1_1);
            assertThatThrownBy(() -> session.rpc("<slow/>", SHORT)).isInstanceOf(NetconfTimeoutException.class);
            String slowRequest = peer.nextRequest();

            Future<RpcReply> next = rpcInBackground("<fast/>", WAIT);
            String fastRequest = peer.nextRequest();
            peer.replyTo(slowRequest, "<late/>");
            peer.replyTo(fastRequest, "<on-time/>");

            assertThat(next.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).bodyXml()).isEqualTo("<on-time></on-time>");
            assertThat(session.isOpen()).isTrue();
        }

        @Test
        void treatsTheSessionAsLostWhenAReplyAfterATimeoutCannotBeMatched() throws Exception {
            open(BASE_1_0, BASE_1_1);
            assertThatThrownBy(() -> session.rpc("<slow/>", SHORT)).isInstanceOf(NetconfTimeoutException.class);
            peer.nextRequest();

            Future<RpcReply> next = rpcInBackground("<fast/>", WAIT);
            peer.nextRequest();
            peer.send("<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><ok/></rpc-reply>");

            assertThat(failureOf(next)).isInstanceOf(TransportException.class)
                    .hasMessageContaining("matches no request");
            assertThat(session.isOpen()).isFalse();
        }

        @Test
        void givesUpOnAPeerThatLeavesTooManyRpcsUnanswered() {
            open(BASE_1_0, BASE_1_1);

            for (int i = 0; i <= ReplyCorrelator.MAX_UNANSWERED_RPCS; i++) {
                assertThatThrownBy(() -> session.rpc("<slow/>", Duration.ofMillis(20)))
                        .isInstanceOf(NetconfTimeoutException.class);
            }

            assertThat(session.isOpen()).isFalse();
            assertThatThrownBy(() -> session.rpc("<fast/>", WAIT))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("RPCs unanswered; the session is considered lost");
        }

        @Test
        void closesTheSessionOnAReplyToAnUnknownMessageId() throws Exception {
            open(BASE_1_0, BASE_1_1);

            Future<RpcReply> call = rpcInBackground("<a/>", WAIT);
            peer.nextRequest();
            peer.send("<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"999\"><ok/></rpc-reply>");

            assertThat(failureOf(call)).isInstanceOf(TransportException.class)
                    .hasMessageContaining("message-id 999");
        }
    }

    @Nested
    class Concurrency {
        @Test
        void keepsOneRpcInFlightWhileOtherCallersQueue() throws Exception {
            open(BASE_1_0, BASE_1_1);

            Future<RpcReply> first = rpcInBackground("<first/>", WAIT);
            String firstRequest = peer.nextRequest();
            Future<RpcReply> second = rpcInBackground("<second/>", WAIT);

            assertThat(peer.receivesWithin(SHORT)).as("second request sent before the first reply").isFalse();
            peer.replyTo(firstRequest, "<one/>");
            String secondRequest = peer.nextRequest();
            peer.replyTo(secondRequest, "<two/>");

            assertThat(firstRequest).contains("<first/>");
            assertThat(secondRequest).contains("<second/>");
            assertThat(first.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).bodyXml()).isEqualTo("<one></one>");
            assertThat(second.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).bodyXml()).isEqualTo("<two></two>");
        }

        @Test
        void countsTheWaitForItsTurnAgainstTheTimeout() throws Exception {
            open(BASE_1_0, BASE_1_1);
            Future<RpcReply> first = rpcInBackground("<first/>", WAIT);
            peer.nextRequest();

            assertThatThrownBy(() -> session.rpc("<second/>", SHORT))
                    .isInstanceOf(NetconfTimeoutException.class)
                    .hasMessageContaining("stayed busy with earlier RPCs");
            assertThat(first.isDone()).isFalse();
        }

        @Test
        void failsEveryWaitingCallerAtOnceWhenThePeerCloses() throws Exception {
            open(BASE_1_0, BASE_1_1);
            Future<RpcReply> inFlight = rpcInBackground("<first/>", Duration.ofMinutes(5));
            peer.nextRequest();
            Future<RpcReply> queued = rpcInBackground("<second/>", Duration.ofMinutes(5));

            peer.close();

            assertThat(failureOf(inFlight)).isInstanceOf(TransportException.class)
                    .hasMessageContaining("tester@pipe closed the connection");
            assertThat(failureOf(queued)).isInstanceOf(TransportException.class);
        }
    }

    @Nested
    class Failures {
        @Test
        void mapsRpcErrorsToAnExceptionCarryingEveryError() throws Exception {
            open(BASE_1_0, BASE_1_1);

            Future<RpcReply> call = rpcInBackground("<commit-configuration/>", WAIT);
            String request = peer.nextRequest();
            peer.send(JunosReplies.asReplyTo("transport/commit-configuration.xml", FakePeer.messageIdOf(request)));

            Throwable failure = failureOf(call);
            assertThat(failure).isInstanceOf(RpcErrorException.class)
                    .hasMessageContaining("interface-range 'axp' is not defined");
            assertThat(((RpcErrorException) failure).errors()).extracting(RpcError::tag)
                    .containsExactly("operation-failed", "operation-failed");
        }

        @Test
        void keepsWarningsWithoutFailingTheRpc() throws Exception {
            open(BASE_1_0, BASE_1_1);

            Future<RpcReply> call = rpcInBackground("<request-reboot/>", WAIT);
            String request = peer.nextRequest();
            peer.send(JunosReplies.asReplyTo("utils/request-reboot-output.xml", FakePeer.messageIdOf(request)));

            RpcReply reply = call.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(reply.isOk()).isTrue();
            assertThat(reply.warnings()).extracting(RpcError::message)
                    .containsExactly("Rebooting re0 in 1 min", "Initiating Junos shutdown...");
        }

        @Test
        void failsOnWarningsWhenTheCallerAsks() throws Exception {
            open(BASE_1_0, BASE_1_1);

            Future<RpcReply> call = callers.submit(
                    () -> session.exchange("<request-reboot/>", WAIT).failIfErrors(true));
            String request = peer.nextRequest();
            peer.send(JunosReplies.asReplyTo("utils/request-reboot-output.xml", FakePeer.messageIdOf(request)));

            assertThat(failureOf(call)).isInstanceOf(RpcErrorException.class)
                    .hasMessageContaining("Rebooting re0 in 1 min");
        }

        @Test
        void reportsAReplyThatIsNotXmlAndStaysUsable() throws Exception {
            open(BASE_1_0, BASE_1_1);

            Future<RpcReply> call = rpcInBackground("<a/>", WAIT);
            peer.nextRequest();
            peer.send("this is not XML");
            Throwable failure = failureOf(call);
            Future<RpcReply> next = rpcInBackground("<b/>", WAIT);
            peer.replyTo(peer.nextRequest(), "<ok/>");

            assertThat(failure).isExactlyInstanceOf(NetconfException.class)
                    .hasMessageContaining("malformed XML in the reply to message-id 1 from tester@pipe");
            assertThat(next).succeedsWithin(WAIT);
        }

        @Test
        void reportsAReplyWhoseBodyIsMalformed() throws Exception {
            open(BASE_1_0, BASE_1_1);

            Future<RpcReply> call = rpcInBackground("<a/>", WAIT);
            String request = peer.nextRequest();
            peer.replyTo(request, "<data><unclosed></data>");

            assertThat(failureOf(call)).isInstanceOf(NetconfException.class)
                    .hasMessageContaining("reply to message-id 1 from tester@pipe");
        }

        @Test
        void failsTheSessionOnBrokenFraming() throws Exception {
            open(BASE_1_0, BASE_1_1);

            Future<RpcReply> call = rpcInBackground("<a/>", WAIT);
            peer.nextRequest();
            peer.sendRaw("\n#x1\n");

            assertThat(failureOf(call)).isInstanceOf(TransportException.class)
                    .hasMessageContaining("broken NETCONF framing from tester@pipe");
            assertThat(session.isOpen()).isFalse();
        }

        @Test
        void reportsAPeerThatClosesInTheMiddleOfAReply() throws Exception {
            open(BASE_1_0, BASE_1_1);

            Future<RpcReply> call = rpcInBackground("<a/>", WAIT);
            peer.nextRequest();
            peer.sendRaw("\n#400\n<rpc-reply message-id=\"1\">");
            peer.close();

            assertThat(failureOf(call)).isInstanceOf(TransportException.class)
                    .hasMessageContaining("tester@pipe closed the connection");
        }
    }

    @Nested
    class Requests {
        @Test
        void rejectsARequestThatIsNotWellFormedWithoutSendingIt() throws Exception {
            open(BASE_1_0, BASE_1_1);

            assertThatThrownBy(() -> session.rpc("<get-config><source>"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not well-formed XML");
            assertThat(peer.receivesWithin(SHORT)).isFalse();
        }

        @Test
        void rejectsARequestThatWouldCloseTheRpcElement() {
            open(BASE_1_0, BASE_1_1);

            assertThatThrownBy(() -> session.rpc("<get/></rpc><rpc><kill-session/>"))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void rejectsTwoOperationsInOneRequest() {
            open(BASE_1_0, BASE_1_1);

            assertThatThrownBy(() -> session.rpc("<lock/><unlock/>"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be one element, found 2");
        }

        @Test
        void refusesTheEndOfMessageDelimiterUnderBase10AndStaysUsable() {
            open(BASE_1_0);

            assertThatThrownBy(() -> session.rpc("<get><!-- ]]>]]> --></get>"))
                    .isInstanceOf(NetconfException.class)
                    .hasMessageContaining("]]>]]>");
            Future<RpcReply> next = rpcInBackground("<get/>", WAIT);
            peer.replyTo(peer.nextRequest(), "<data/>");
            assertThat(next).succeedsWithin(WAIT);
        }

        @Test
        void wrapsEditConfigContentInConfigOfTheTarget() {
            open(BASE_1_0, BASE_1_1);
            String config = "<system xmlns=\"urn:x\"><host-name>r1</host-name></system>";

            callers.submit(() -> session.editConfig(Datastore.CANDIDATE, config));

            assertThat(peer.nextRequest()).contains("<edit-config><target><candidate/></target><config>"
                    + "<system xmlns=\"urn:x\"><host-name>r1</host-name></system></config></edit-config>");
        }

        @Test
        void sendsTheConfirmTimeoutOfAConfirmedCommitInSeconds() {
            open(BASE_1_0, BASE_1_1);

            callers.submit(() -> session.confirmedCommit(Duration.ofMinutes(2)));

            assertThat(peer.nextRequest()).contains("<commit><confirmed/><confirm-timeout>120</confirm-timeout></commit>");
        }

        @Test
        void filtersGetConfigWithASubtree() {
            open(BASE_1_0, BASE_1_1);

            callers.submit(() -> session.getConfig(Datastore.RUNNING, "<system/>"));

            assertThat(peer.nextRequest()).contains(
                    "<get-config><source><running/></source><filter type=\"subtree\"><system/></filter></get-config>");
        }

        @Test
        void refusesToKillItsOwnSession() {
            open(BASE_1_0, BASE_1_1);

            assertThatThrownBy(() -> session.killSession(42))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("close it instead");
        }
    }

    @Nested
    class Closing {
        @Test
        void sendsCloseSessionThenClosesTheTransport() throws Exception {
            open(BASE_1_0, BASE_1_1);

            Future<?> closing = callers.submit(session::close);
            String request = peer.nextRequest();
            peer.replyTo(request, "<ok/>");
            closing.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

            assertThat(request).contains("<close-session/>");
            assertThat(session.isOpen()).isFalse();
            assertThat(transport.isOpen()).isFalse();
        }

        @Test
        void refusesRpcsAfterClose() throws Exception {
            open(BASE_1_0, BASE_1_1);
            Future<?> closing = callers.submit(session::close);
            peer.replyTo(peer.nextRequest(), "<ok/>");
            closing.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

            assertThatThrownBy(() -> session.rpc("<get/>"))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("is closed");
        }
    }
}
