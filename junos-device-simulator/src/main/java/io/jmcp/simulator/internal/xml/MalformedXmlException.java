package io.jmcp.simulator.internal.xml;

/** A client sent bytes that are not well-formed XML (or that declare a DTD, which is refused). */
public final class MalformedXmlException extends RuntimeException {
    public MalformedXmlException(String message) {
        super(message);
    }
}
