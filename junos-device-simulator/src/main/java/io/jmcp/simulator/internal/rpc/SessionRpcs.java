package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcHandler;

/** {@code close-session} and {@code kill-session}. */
final class SessionRpcs {

    private SessionRpcs() {
    }

    static RpcHandler closeSession() {
        return (request, context) -> {
            context.closeAfterReply();
            return StandardConfigRpcs.OK;
        };
    }

    static RpcHandler killSession() {
        return (request, context) -> {
            String text = request.text("session-id").orElseThrow(() ->
                    new RpcException(JunosError.invalidValue("missing session-id")));
            int target;
            try {
                target = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new RpcException(JunosError.invalidValue("invalid session-id '" + text + "'"));
            }
            if (target == context.session().sessionId()) {
                throw new RpcException(JunosError.invalidValue("cannot kill the current session; use close-session"));
            }
            if (!context.device().killSession(target)) {
                throw new RpcException(JunosError.invalidValue("session " + target + " does not exist"));
            }
            return StandardConfigRpcs.OK;
        };
    }
}
