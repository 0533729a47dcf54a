package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The simulator's NETCONF layer: hello, framing, message ids, and replies to bad input. */
class NetconfProtocolTest {
    @RegisterExtension
    static final SimulatedRouters routers = SimulatedRouters.of(1);

    @Test
    void announcesJunosCapabilitiesAndASessionIdInItsHello() {
        try (RawNetconfSession netconf = RawNetconfSession.connect(routers.device())) {
            ReplyXml hello = ReplyXml.of(netconf.nextMessage());

            assertThat(hello.texts("/hello/capabilities/capability")).contains(
                    RawNetconfSession.BASE_1_0, RawNetconfSession.BASE_1_1,
                    "urn:ietf:params:netconf:capability:candidate:1.0",
                    "urn:ietf:params:netconf:capability:confirmed-commit:1.0",
                    "http://xml.juniper.net/netconf/junos/1.0");
            assertThat(hello.text("/hello/session-id")).matches("\\d+");
        }
    }

    @Test
    void framesItsHelloWithTheEndOfMessageMarker() {
        try (RawNetconfSession netconf = RawNetconfSession.connect(routers.device())) {
            netconf.nextMessage();

            assertThat(netconf.receivedText()).endsWith("</hello>]]>]]>");
        }
    }

    @Test
    void switchesToChunkedFramingWhenTheClientOffersBase11() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            int helloBytes = netconf.receivedByteCount();

            netconf.rpc("<get-chassis-inventory/>");

            assertThat(netconf.receivedText().substring(helloBytes)).startsWith("\n#").endsWith("\n##\n");
        }
    }

    @Test
    void keepsEndOfMessageFramingForBase10Clients() {
        try (RawNetconfSession netconf = RawNetconfSession.connect(routers.device())) {
            netconf.nextMessage();
            netconf.sendHello(RawNetconfSession.BASE_1_0);

            String reply = netconf.rpc("<get-chassis-inventory/>");

            assertThat(reply).contains("<chassis-inventory");
            assertThat(netconf.receivedText()).endsWith("</rpc-reply>]]>]]>");
        }
    }

    @Test
    void servesAnRpcThatArrivesInTheSamePacketAsTheHello() {
        try (RawNetconfSession netconf = RawNetconfSession.connect(routers.device())) {
            netconf.nextMessage();
            netconf.sendRaw("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities><capability>"
                    + RawNetconfSession.BASE_1_0 + "</capability></capabilities></hello>]]>]]>"
                    + "<rpc message-id=\"7\"><get-chassis-inventory/></rpc>]]>]]>");

            assertThat(ReplyXml.of(netconf.nextMessage()).text("/rpc-reply/@message-id")).isEqualTo("7");
        }
    }

    @Test
    void echoesTheMessageIdAndDeclaresTheJunosNamespace() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            String reply = netconf.rpc("<get-chassis-inventory/>");

            assertThat(ReplyXml.of(reply).text("/rpc-reply/@message-id")).isEqualTo("101");
            assertThat(reply).contains("xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"")
                    .contains("xmlns:junos=\"http://xml.juniper.net/junos/22.4R3/junos\"");
        }
    }

    @Test
    void answersPipelinedRequestsInOrder() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            netconf.send("<rpc message-id=\"a\"><get-chassis-inventory/></rpc>");
            netconf.send("<rpc message-id=\"b\"><get-route-engine-information/></rpc>");
            netconf.send("<rpc message-id=\"c\"><file-list/></rpc>");

            assertThat(ReplyXml.of(netconf.nextMessage()).text("/rpc-reply/@message-id")).isEqualTo("a");
            assertThat(ReplyXml.of(netconf.nextMessage()).text("/rpc-reply/@message-id")).isEqualTo("b");
            assertThat(ReplyXml.of(netconf.nextMessage()).text("/rpc-reply/@message-id")).isEqualTo("c");
        }
    }

    @Test
    void answersAnUnknownRpcWithJunosSyntaxErrorNamingTheElement() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            ReplyXml reply = ReplyXml.of(netconf.rpc("<get-foo-information/>"));

            assertThat(reply.text("//rpc-error/error-type")).isEqualTo("protocol");
            assertThat(reply.text("//rpc-error/error-tag")).isEqualTo("operation-failed");
            assertThat(reply.text("//rpc-error/error-severity")).isEqualTo("error");
            assertThat(reply.text("//rpc-error/error-message")).isEqualTo("syntax error");
            assertThat(reply.text("//rpc-error/error-info/bad-element")).isEqualTo("get-foo-information");
        }
    }

    @Test
    void answersMalformedXmlWithAnRpcErrorAndKeepsServing() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            netconf.send("<rpc message-id=\"1\"><get-chassis-inventory></rpc>");
            ReplyXml error = ReplyXml.of(netconf.nextMessage());

            assertThat(error.text("//rpc-error/error-tag")).isEqualTo("malformed-message");
            assertThat(error.text("//rpc-error/error-message")).startsWith("malformed XML:").contains("line 1");
            assertThat(netconf.rpc("<get-chassis-inventory/>")).contains("<chassis-inventory");
        }
    }

    @Test
    void refusesDocumentTypeDeclarations() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            netconf.send("<?xml version=\"1.0\"?><!DOCTYPE rpc [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                    + "<rpc message-id=\"1\"><command>&secret;</command></rpc>");
            String reply = netconf.nextMessage();

            assertThat(ReplyXml.of(reply).text("//rpc-error/error-tag")).isEqualTo("malformed-message");
            assertThat(reply).doesNotContain("root:");
        }
    }

    @Test
    void answersAnEmptyRpcWithAnError() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            netconf.send("<rpc message-id=\"9\"/>");

            assertThat(ReplyXml.of(netconf.nextMessage()).text("//rpc-error/error-message"))
                    .contains("expecting <rpc> content");
        }
    }

    @Test
    void closesTheSessionWhenTheFirstMessageIsNotAHello() {
        try (RawNetconfSession netconf = RawNetconfSession.connect(routers.device())) {
            netconf.nextMessage();
            netconf.send("<rpc message-id=\"1\"><get-chassis-inventory/></rpc>");

            assertThat(netconf.awaitClosed()).isTrue();
        }
    }

    @Test
    void dropsAClientThatBreaksTheChunkedFraming() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            netconf.sendRaw("\n#not-a-size\n<rpc/>\n##\n");

            assertThat(netconf.awaitClosed()).isTrue();
        }
    }

    @Test
    void closeSessionRepliesOkThenClosesTheChannel() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            String reply = netconf.rpc("<close-session/>");

            assertThat(ReplyXml.of(reply).has("/rpc-reply/ok")).isTrue();
            assertThat(netconf.awaitClosed()).isTrue();
        }
    }

    @Test
    void sendsNothingUnasked() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            assertThat(netconf.nextMessage(Duration.ofMillis(300))).isEmpty();
        }
    }
}
