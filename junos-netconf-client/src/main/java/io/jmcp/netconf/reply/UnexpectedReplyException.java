package io.jmcp.netconf.reply;

import io.jmcp.netconf.error.NetconfException;

/**
 * A well-formed reply lacks the element the RPC should have returned, and carries no rpc-error
 * to explain why. Junos does this when a command is refused as plain text, e.g.
 * {@code <output>Aborted! This command can only be used on the master routing engine.</output>};
 * that text, when present, is in the message.
 */
public class UnexpectedReplyException extends NetconfException {
    private final String expectedElement;

    public UnexpectedReplyException(String expectedElement, String deviceOutput) {
        super(describe(expectedElement, deviceOutput));
        this.expectedElement = expectedElement;
    }

    /** Local name of the element that was looked for, e.g. {@code chassis-inventory}. */
    public String expectedElement() {
        return expectedElement;
    }

    private static String describe(String expectedElement, String deviceOutput) {
        String missing = "reply has no <" + expectedElement + "> element";
        return deviceOutput == null ? missing : missing + "; the device said: " + deviceOutput;
    }
}
