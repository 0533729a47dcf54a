package io.jmcp.netconf.reply;

import io.jmcp.netconf.error.RpcError;
import io.jmcp.netconf.error.RpcErrorException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every error and warning a device put in a reply, wherever it is: at top level, inside
 * load-configuration-results or commit-results, inside one routing engine's part of a
 * multi-routing-engine reply. Streams the reply once, so a reply of hundreds of megabytes costs
 * one pass and no more memory than its errors.
 */
public final class RpcErrors {
    private RpcErrors() {
    }

    /**
     * Every {@code <rpc-error>}, {@code <xnm:error>}, {@code <xnm:warning>} and bare top-level
     * {@code <error>} of {@code reply}, in document order. Does not close the stream.
     *
     * @throws InvalidReplyException when the reply is not well-formed XML or carries a DTD
     */
    public static List<RpcError> parse(InputStream reply) {
        List<RpcError> errors = new ArrayList<>();
        ReplyWalker.walk(reply, walker -> {
            if (!ErrorElements.isAt(walker)) {
                return false;
            }
            errors.add(ErrorElements.read(walker));
            return true;
        });
        return List.copyOf(errors);
    }

    /**
     * Throws when {@code errors} hold an error, or a warning and {@code warningsFail}; the
     * exception carries all of them, warnings included, so the caller sees the whole story.
     *
     * @throws RpcErrorException as described
     */
    public static void failIfErrors(List<RpcError> errors, boolean warningsFail) {
        boolean fails = errors.stream().anyMatch(error -> warningsFail || !error.isWarning());
        if (fails) {
            throw new RpcErrorException(errors);
        }
    }
}
