package io.jmcp.netconf.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.JunosReplies;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Replies read as namespace-free DOM and queried by XPath, on replies captured from real devices. */
class NamespaceFreeXmlTest {

    @Test
    void findsInterfaceNamesInAReleaseSpecificDefaultNamespace() throws Exception {
        try (InputStream reply = JunosReplies.open("facts/personality_mx_get-interface-information.xml")) {
            Document document = NamespaceFreeXml.document(reply);

            assertThat(NamespaceFreeXml.xpath(document, "//interface-information/physical-interface/logical-interface/name"))
                    .contains("lc-0/0/0.32769", "em0.0", "em1.0", "lo0.16385")
                    .allMatch(name -> name.equals(name.strip()));
        }
    }

    @Test
    void oneQueryReadsTheRepliesOfDifferentReleases() throws Exception {
        String query = "/rpc-reply/route-engine-information/route-engine/up-time/@seconds";
        try (InputStream release12 = JunosReplies.open("core/get-route-engine-information.xml")) {
            assertThat(NamespaceFreeXml.xpath(NamespaceFreeXml.document(release12), query)).containsExactly("23370");
        }
        try (InputStream release16 = JunosReplies.xml("""
                <rpc-reply xmlns:junos="http://xml.juniper.net/junos/22.4R3/junos">
                <route-engine-information xmlns="http://xml.juniper.net/junos/22.4R3/junos-chassis">
                <route-engine><up-time junos:seconds="42">42 seconds</up-time></route-engine>
                </route-engine-information></rpc-reply>""")) {
            assertThat(NamespaceFreeXml.xpath(NamespaceFreeXml.document(release16), query)).containsExactly("42");
        }
    }

    @Test
    void prefixedElementsAndAttributesKeepTheirLocalNamesOnly() {
        Document document = NamespaceFreeXml.document(JunosReplies.xml("""
                <rpc-reply xmlns="urn:ietf:params:xml:ns:netconf:base:1.0" xmlns:junos="http://xml.juniper.net/junos/*/junos">
                <xnm:error xmlns:xnm="http://xml.juniper.net/xnm/1.1/xnm"><message>bad</message></xnm:error>
                <data junos:changed-seconds="7"/></rpc-reply>"""));

        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("rpc-reply");
        assertThat(root.getNamespaceURI()).isNull();
        assertThat(root.hasAttribute("xmlns")).isFalse();
        assertThat(NamespaceFreeXml.xpath(document, "/rpc-reply/error/message")).containsExactly("bad");
        assertThat(NamespaceFreeXml.xpath(document, "/rpc-reply/data/@changed-seconds")).containsExactly("7");
    }

    @Test
    void commentsAndProcessingInstructionsAreLeftOut() {
        Document document = NamespaceFreeXml.document(JunosReplies.xml(
                "<?xml version=\"1.0\"?><rpc-reply><!-- c --><?pi x?><ok/></rpc-reply>"));

        assertThat(document.getDocumentElement().getChildNodes().getLength()).isEqualTo(1);
        assertThat(document.getDocumentElement().getFirstChild().getNodeName()).isEqualTo("ok");
    }

    @Test
    void anXpathThatSelectsNothingGivesAnEmptyList() {
        Document document = NamespaceFreeXml.document(JunosReplies.xml("<rpc-reply><ok/></rpc-reply>"));

        assertThat(NamespaceFreeXml.xpath(document, "//physical-interface/name")).isEmpty();
    }

    @Test
    void refusesAnInvalidXpathNamingIt() {
        Document document = NamespaceFreeXml.document(JunosReplies.xml("<rpc-reply><ok/></rpc-reply>"));

        assertThatThrownBy(() -> NamespaceFreeXml.xpath(document, "//name["))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid XPath expression '//name[': ");
        assertThatThrownBy(() -> NamespaceFreeXml.xpath(document, "//junos:name"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid XPath expression '//junos:name': ")
                .hasMessageContaining("prefix 'junos' cannot match: the document has no namespaces");
        assertThatThrownBy(() -> NamespaceFreeXml.xpath(document, "count(//ok)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid XPath expression 'count(//ok)': ");
    }

    @Test
    void refusesADtdAndNeverExpandsItsEntities() {
        assertThatThrownBy(() -> NamespaceFreeXml.document(JunosReplies.xml("""
                <?xml version="1.0"?>
                <!DOCTYPE rpc-reply [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <rpc-reply><ok>&b;</ok></rpc-reply>""")))
                .isInstanceOf(InvalidReplyException.class)
                .hasMessageStartingWith("reply carries a DTD (line 2");
    }

    @Test
    void refusesAnExternalEntity() {
        assertThatThrownBy(() -> NamespaceFreeXml.document(JunosReplies.xml("""
                <!DOCTYPE rpc-reply [<!ENTITY x SYSTEM "file:///etc/passwd">]><rpc-reply>&x;</rpc-reply>""")))
                .isInstanceOf(InvalidReplyException.class)
                .hasMessageContaining("DTD");
    }

    @Test
    void reportsMalformedXmlWithItsPosition() {
        assertThatThrownBy(() -> NamespaceFreeXml.document(JunosReplies.xml("<rpc-reply><ok></rpc-reply>")))
                .isInstanceOf(InvalidReplyException.class)
                .hasMessageStartingWith("reply is not well-formed XML (line 1, column");
    }

    @Test
    void reportsAnUnboundPrefixAsMalformed() {
        assertThatThrownBy(() -> NamespaceFreeXml.document(JunosReplies.xml("<rpc-reply><junos:ok/></rpc-reply>")))
                .isInstanceOf(InvalidReplyException.class)
                .hasMessageStartingWith("reply is not well-formed XML");
    }
}
