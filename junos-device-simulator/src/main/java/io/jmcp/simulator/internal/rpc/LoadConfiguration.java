package io.jmcp.simulator.internal.rpc;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.LoadAction;
import io.jmcp.netconf.config.ConfigSyntaxException;
import io.jmcp.netconf.config.ConfigWarning;
import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcHandler;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.rpc.StandardConfigRpcs.Payload;
import io.jmcp.simulator.internal.xml.SafeXml;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.List;
import java.util.Locale;

/**
 * Junos {@code load-configuration}: {@code action} merge/replace/override/update/set, payload in
 * {@code configuration-text}, {@code configuration-set}, {@code configuration} (XML) or
 * {@code configuration-json}, or {@code rollback="N"}. Errors, syntax or lock, come back inside
 * {@code load-configuration-results}, as Junos sends them.
 */
final class LoadConfiguration implements RpcHandler {

    @Override
    public String handle(RpcRequest request, RpcContext context) {
        XmlWriter results = new XmlWriter().start("load-configuration-results");
        try {
            load(request, context).forEach(warning ->
                    JunosError.loadWarning(warning.path(), warning.element(), warning.message()).writeTo(results));
            results.empty("ok");
        } catch (ConfigSyntaxException e) {
            JunosError.configSyntax(e).writeTo(results);
        } catch (RpcException e) {
            e.errors().forEach(error -> error.writeTo(results));
        }
        return results.end().toString();
    }

    /** @return the load's warnings */
    private static List<ConfigWarning> load(RpcRequest request, RpcContext context) {
        if (request.attribute("rollback").isPresent()) {
            int rollback = GetConfiguration.rollbackNumber(request.attribute("rollback").get());
            context.device().store().loadRollback(context.session(), rollback);
            return List.of();
        }
        if (request.attribute("url").isPresent()) {
            throw new RpcException(JunosError.operationFailed(
                    "could not fetch " + request.attribute("url").get() + ": the simulator has no network access"));
        }
        LoadAction action = action(request.attribute("action").orElse("merge"));
        Payload payload = payload(request, action);
        return context.device().store().load(context.session(),
                payload.format() == ConfigFormat.SET ? LoadAction.SET : action, payload.text(), payload.format());
    }

    private static LoadAction action(String attribute) {
        for (LoadAction action : LoadAction.values()) {
            if (action.attributeValue().equals(attribute.toLowerCase(Locale.ROOT))) {
                return action;
            }
        }
        throw new RpcException(JunosError.invalidValue("invalid action '" + attribute
                + "': expecting merge, replace, override, update or set"));
    }

    private static Payload payload(RpcRequest request, LoadAction action) {
        for (String element : List.of("configuration-set", "configuration-text", "configuration-json")) {
            if (request.has(element)) {
                String text = request.child(element).orElseThrow().getTextContent();
                ConfigFormat format = switch (element) {
                    case "configuration-json" -> ConfigFormat.JSON;
                    // Junos reads set lines from configuration-text too when the action is set.
                    case "configuration-text" -> action == LoadAction.SET ? ConfigFormat.SET : ConfigFormat.TEXT;
                    default -> ConfigFormat.SET;
                };
                return new Payload(text, format);
            }
        }
        return request.child("configuration")
                .map(configuration -> new Payload(SafeXml.serialize(configuration), ConfigFormat.XML))
                .orElseThrow(() -> new RpcException(JunosError.invalidValue("load-configuration needs a payload:"
                        + " configuration, configuration-text, configuration-set or configuration-json")));
    }
}
