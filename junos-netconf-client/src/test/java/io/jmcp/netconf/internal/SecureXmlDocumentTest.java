package io.jmcp.netconf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.xml.sax.SAXParseException;

/** The hardened DOM parse the simulator reads its clients' requests with. */
class SecureXmlDocumentTest {

    private static InputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parsesNamespaceAware() throws Exception {
        Document document = SecureXml.parseDocument(bytes(
                "<rpc xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"1\"><get-config/></rpc>"));

        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("rpc");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("urn:ietf:params:xml:ns:netconf:base:1.0");
        assertThat(document.getDocumentElement().getFirstChild().getLocalName()).isEqualTo("get-config");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // an external entity: a file read
        "<!DOCTYPE rpc [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><rpc>&secret;</rpc>",
        // entity expansion (billion laughs, first levels)
        "<!DOCTYPE rpc [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><rpc>&b;</rpc>",
        // an external DTD: a network read
        "<!DOCTYPE rpc SYSTEM \"http://198.51.100.1/rpc.dtd\"><rpc/>",
        // a DTD without entities is refused too
        "<!DOCTYPE rpc><rpc/>"})
    void refusesEveryDocumentTypeDeclaration(String hostile) {
        assertThatThrownBy(() -> SecureXml.parseDocument(bytes(hostile)))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void saysWhereADocumentIsNotWellFormed() {
        assertThatThrownBy(() -> SecureXml.parseDocument(bytes("<rpc>\n<get-config></rpc>")))
                .isInstanceOfSatisfying(SAXParseException.class, failure -> {
                    assertThat(failure.getLineNumber()).isEqualTo(2);
                    assertThat(failure.getMessage()).contains("get-config");
                });
    }

    @Test
    void parsesAgainAfterAFailureOnTheSameThread() throws Exception {
        assertThatThrownBy(() -> SecureXml.parseDocument(bytes("<rpc>"))).isInstanceOf(SAXParseException.class);

        assertThat(SecureXml.parseDocument(bytes("<rpc><a/></rpc>")).getDocumentElement().getLocalName()).isEqualTo("rpc");
    }

    @Test
    void printsAnElementWithoutAnXmlDeclaration() throws Exception {
        Document document = SecureXml.parseDocument(bytes("<configuration><system><host-name>r1</host-name></system>"
                + "</configuration>"));

        assertThat(SecureXml.toXml(document.getDocumentElement()))
                .isEqualTo("<configuration><system><host-name>r1</host-name></system></configuration>");
    }
}
