package io.jmcp.netconf.reply;

import io.jmcp.netconf.error.NetconfException;

/**
 * A reply could not be read: it is not well-formed XML, it carries a DTD (refused, so that no
 * entity is ever expanded or fetched), or a value does not fit its element's type.
 */
public class InvalidReplyException extends NetconfException {
    public InvalidReplyException(String message) {
        super(message);
    }

    public InvalidReplyException(String message, Throwable cause) {
        super(message, cause);
    }
}
