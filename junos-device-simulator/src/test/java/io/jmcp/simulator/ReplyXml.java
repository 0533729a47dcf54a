package io.jmcp.simulator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A reply read for assertions with XPath on plain element names (the document is parsed
 * without namespace processing, so {@code //rpc-error/error-message} matches whatever the
 * namespaces).
 */
final class ReplyXml {
    private final Document document;
    private final String xml;

    private ReplyXml(String xml) {
        this.xml = xml;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    static ReplyXml of(String xml) {
        return new ReplyXml(xml);
    }

    /** The trimmed text of the first node matching {@code xpath}, or "" when none matches. */
    String text(String xpath) {
        return evaluate(xpath).strip();
    }

    /** The trimmed texts of every node matching {@code xpath}. */
    List<String> texts(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document,
                    XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent().strip());
            }
            return texts;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    boolean has(String xpath) {
        return !texts(xpath).isEmpty();
    }

    Document document() {
        return document;
    }

    @Override
    public String toString() {
        return xml;
    }

    private String evaluate(String xpath) {
        try {
            return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }
}
