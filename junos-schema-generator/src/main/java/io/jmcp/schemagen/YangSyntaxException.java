package io.jmcp.schemagen;

/** A YANG file the generator cannot read, or a statement it does not support, with its location. */
final class YangSyntaxException extends RuntimeException {

    YangSyntaxException(String message) {
        super(message);
    }
}
