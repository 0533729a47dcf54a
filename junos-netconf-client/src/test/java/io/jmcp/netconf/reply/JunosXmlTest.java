package io.jmcp.netconf.reply;

import io.jmcp.netconf.JunosReplies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.error.RpcErrorException;
import io.jmcp.netconf.error.TransportException;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JunosXmlTest {

    @Test
    void bindsElementsWhateverNamespaceAndPrefixTheyCarry() {
        String reply = """
                <nc:rpc-reply xmlns:nc="urn:ietf:params:xml:ns:netconf:base:1.0" xmlns:junos="http://xml.juniper.net/junos/99.9R1/junos">
                  <sw:software-information xmlns:sw="http://xml.juniper.net/junos/99.9R1/junos-software">
                    <sw:host-name>edge1</sw:host-name>
                    <product-model xmlns="urn:anything">mx204</product-model>
                  </sw:software-information>
                </nc:rpc-reply>""";

        SoftwareInformation software = JunosXml.unmarshal(JunosReplies.xml(reply), SoftwareInformation.class);

        assertThat(software.hostName()).isEqualTo("edge1");
        assertThat(software.productModel()).isEqualTo("mx204");
    }

    @Test
    void bindsTheElementWhenItIsTheWholeDocument() {
        SoftwareInformation software = JunosXml.unmarshal(
                JunosReplies.xml("<software-information><host-name>r1</host-name></software-information>"),
                SoftwareInformation.class);

        assertThat(software.hostName()).isEqualTo("r1");
    }

    @Test
    void singleRoutingEngineReplyHasNoRoutingEngineName() throws Exception {
        try (InputStream reply = JunosReplies.open("core/get-software-information.xml")) {
            List<RoutingEngineItem<SoftwareInformation>> items = JunosXml.unmarshalEach(reply, SoftwareInformation.class);

            assertThat(items).singleElement().extracting(RoutingEngineItem::routingEngineName).isNull();
        }
    }

    @Test
    void routingEngineItemWithoutTheElementIsSkipped() throws Exception {
        try (InputStream reply = JunosReplies.open("facts/chassis_backplane_serialnumber_get-chassis-inventory.xml")) {
            List<RoutingEngineItem<ChassisInventory>> items = JunosXml.unmarshalEach(reply, ChassisInventory.class);

            assertThat(items).singleElement().extracting(RoutingEngineItem::routingEngineName).isNull();
        }
    }

    @Test
    void toleratesElementsItDoesNotKnow() {
        SoftwareInformation software = JunosXml.unmarshal(JunosReplies.xml("""
                <software-information><future-element a="1"><x/></future-element><host-name>r1</host-name>
                </software-information>"""), SoftwareInformation.class);

        assertThat(software.hostName()).isEqualTo("r1");
    }

    @Test
    void absentElementQuotesWhatTheDeviceSaidInstead() throws Exception {
        try (InputStream reply = JunosReplies.open("facts/chassis_connect_not_master_get-chassis-inventory.xml")) {
            assertThatThrownBy(() -> JunosXml.unmarshal(reply, ChassisInventory.class))
                    .isInstanceOfSatisfying(UnexpectedReplyException.class,
                            e -> assertThat(e.expectedElement()).isEqualTo("chassis-inventory"))
                    .hasMessage("reply has no <chassis-inventory> element; the device said: "
                            + "Aborted! This command can only be used on the master routing engine.");
        }
    }

    @Test
    void longDeviceOutputIsQuotedInPart() {
        String reply = "<rpc-reply><output>\n    " + "log line\n".repeat(1_000_000) + "</output></rpc-reply>";

        assertThatThrownBy(() -> JunosXml.unmarshal(JunosReplies.xml(reply), SoftwareInformation.class))
                .isInstanceOf(UnexpectedReplyException.class)
                .hasMessageStartingWith("reply has no <software-information> element; the device said: log line\nlog line")
                .hasMessageEndingWith("...")
                .message().hasSizeLessThan(600);
    }

    @Test
    void absentElementWithDeviceErrorsThrowsThoseErrors() throws Exception {
        try (InputStream reply = JunosReplies.open("facts/personality_olive_get-route-engine-information.xml")) {
            assertThatThrownBy(() -> JunosXml.unmarshal(reply, RouteEngineInformation.class))
                    .isInstanceOf(RpcErrorException.class)
                    .hasMessage("error: Unrecognized command (chassis-control)");
        }
    }

    @Test
    void emptyReplySaysWhichElementIsMissing() throws Exception {
        try (InputStream reply = JunosReplies.open("core/get-index-error.xml")) {
            assertThatThrownBy(() -> JunosXml.unmarshal(reply, SoftwareInformation.class))
                    .isInstanceOf(UnexpectedReplyException.class)
                    .hasMessage("reply has no <software-information> element");
        }
    }

    @Test
    void refusesExternalEntities(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret"), "s3cr3t-token");
        String reply = "<?xml version=\"1.0\"?>\n<!DOCTYPE rpc-reply [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rpc-reply><software-information><host-name>&leak;</host-name></software-information></rpc-reply>";

        assertThatThrownBy(() -> JunosXml.unmarshal(JunosReplies.xml(reply), SoftwareInformation.class))
                .isInstanceOf(InvalidReplyException.class)
                .hasMessageContaining("DTD")
                .hasMessageNotContaining("s3cr3t-token");
    }

    @Test
    void refusesEntityExpansion() {
        String reply = """
                <!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
                <rpc-reply><rpc-error><error-message>&d;</error-message></rpc-error></rpc-reply>""";

        assertThatThrownBy(() -> RpcErrors.parse(JunosReplies.xml(reply)))
                .isInstanceOf(InvalidReplyException.class)
                .hasMessageContaining("DTD");
    }

    @Test
    void valueThatDoesNotFitItsTypeIsRejectedWithItsLine() {
        String reply = "<rpc-reply>\n<route-engine-information>\n<route-engine>\n<slot>zero</slot>\n"
                + "</route-engine>\n</route-engine-information>\n</rpc-reply>";

        assertThatThrownBy(() -> JunosXml.unmarshal(JunosReplies.xml(reply), RouteEngineInformation.class))
                .isInstanceOf(InvalidReplyException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("zero");
    }

    @Test
    void malformedBoundElementIsRejectedAsNotWellFormed() {
        String reply = "<rpc-reply><software-information><host-name>r1</software-information></rpc-reply>";

        assertThatThrownBy(() -> JunosXml.unmarshal(JunosReplies.xml(reply), SoftwareInformation.class))
                .isInstanceOf(InvalidReplyException.class)
                .hasMessageContaining("not well-formed");
    }

    @Test
    void leavesTheCallersStreamOpen() {
        boolean[] closed = {false};
        InputStream reply = new FilterInputStream(JunosReplies.xml("<software-information/>")) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        JunosXml.unmarshalEach(reply, SoftwareInformation.class);

        assertThat(closed[0]).isFalse();
    }

    @Test
    void failingStreamIsATransportFailure() {
        InputStream dying = new SequenceInputStream(JunosReplies.xml("<rpc-reply><software-information>"),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset");
                    }
                });

        assertThatThrownBy(() -> JunosXml.unmarshal(dying, SoftwareInformation.class))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("connection reset");
    }

    @Test
    void bindsTypesOfTheCallersOwn() throws Exception {
        try (InputStream reply = JunosReplies.open("facts/current_re_get-interface-information.xml")) {
            TerseInterfaces interfaces = JunosXml.unmarshal(reply, TerseInterfaces.class);

            assertThat(interfaces.physical).hasSize(78);
            assertThat(interfaces.physical.get(0).logical.get(0).name).isEqualTo("lc-0/0/0.32769");
        }
    }

    @Test
    void typeWithoutRootElementIsRefused() {
        assertThatThrownBy(() -> JunosXml.unmarshal(JunosReplies.xml("<a/>"), JunosTime.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@XmlRootElement");
    }

    /** A binding of a caller's own, as a tool module would write one. */
    @XmlRootElement(name = "interface-information")
    @XmlAccessorType(XmlAccessType.FIELD)
    static final class TerseInterfaces {
        @XmlElement(name = "physical-interface")
        private List<PhysicalInterface> physical;

        @XmlAccessorType(XmlAccessType.FIELD)
        static final class PhysicalInterface {
            @XmlElement(name = "logical-interface")
            private List<LogicalInterface> logical;
        }

        @XmlAccessorType(XmlAccessType.FIELD)
        static final class LogicalInterface {
            @XmlElement(name = "name")
            private String name;
        }
    }
}
