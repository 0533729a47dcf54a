package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcHandler;
import io.jmcp.simulator.internal.xml.XmlWriter;

/**
 * Access to the configuration database: the exclusive lock (Junos {@code lock-configuration} and
 * RFC {@code lock} on the candidate), {@code configure private} ({@code open-configuration}),
 * and {@code discard-changes}.
 */
final class DatabaseRpcs {

    private DatabaseRpcs() {
    }

    static RpcHandler lock() {
        return (request, context) -> {
            context.device().store().lock(context.session());
            return StandardConfigRpcs.OK;
        };
    }

    static RpcHandler unlock() {
        return (request, context) -> {
            context.device().store().unlock(context.session());
            return StandardConfigRpcs.OK;
        };
    }

    /** RFC {@code lock}/{@code unlock}: the candidate (and running, which Junos guards with the same lock). */
    static RpcHandler onDatastore(RpcHandler operation) {
        return (request, context) -> {
            String target = StandardConfigRpcs.datastore(request, "target");
            if (!target.equals("candidate") && !target.equals("running")) {
                throw new RpcException(JunosError.invalidValue("cannot lock datastore " + target));
            }
            return operation.handle(request, context);
        };
    }

    /**
     * {@code configure private}. Junos answers with a warning that uncommitted private changes
     * are discarded on exit; PyEZ expects exactly that warning.
     */
    static RpcHandler openConfiguration() {
        return (request, context) -> {
            if (!request.has("private")) {
                throw new RpcException(JunosError.invalidValue(
                        "open-configuration supports <private/> only in the simulator"));
            }
            context.device().store().openPrivate(context.session());
            XmlWriter warning = new XmlWriter();
            JunosError.warning("uncommitted changes will be discarded on exit").writeTo(warning);
            return warning.toString();
        };
    }

    static RpcHandler closeConfiguration() {
        return (request, context) -> {
            context.device().store().closePrivate(context.session());
            return StandardConfigRpcs.OK;
        };
    }

    static RpcHandler discardChanges() {
        return (request, context) -> {
            context.device().store().discardChanges(context.session());
            return StandardConfigRpcs.OK;
        };
    }
}
