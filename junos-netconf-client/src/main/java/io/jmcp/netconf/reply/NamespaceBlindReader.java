package io.jmcp.netconf.reply;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Presents elements and attributes by local name only, so that one binding reads the replies of
 * every Junos release whatever default namespace each release puts them in, and {@code
 * junos:seconds} binds as {@code seconds}. Prefixes stay checked by the parser underneath.
 */
final class NamespaceBlindReader extends StreamReaderDelegate {
    NamespaceBlindReader(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public String getNamespaceURI() {
        return null;
    }

    @Override
    public String getPrefix() {
        return null;
    }

    @Override
    public QName getName() {
        return new QName(getLocalName());
    }

    @Override
    public int getNamespaceCount() {
        return 0;
    }

    @Override
    public String getAttributeNamespace(int index) {
        return null;
    }

    @Override
    public String getAttributePrefix(int index) {
        return null;
    }

    @Override
    public QName getAttributeName(int index) {
        return new QName(getAttributeLocalName(index));
    }

    @Override
    public String getAttributeValue(String namespaceUri, String localName) {
        for (int i = 0; i < getAttributeCount(); i++) {
            if (getAttributeLocalName(i).equals(localName)) {
                return getAttributeValue(i);
            }
        }
        return null;
    }
}
