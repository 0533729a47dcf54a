package io.jmcp.simulator.internal.rpc;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.LoadAction;
import io.jmcp.netconf.config.Configuration;
import io.jmcp.simulator.internal.device.ConfigurationStore;
import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcHandler;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.SafeXml;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Element;

/**
 * The RFC 6241 configuration operations as Junos maps them onto its database: {@code get-config}
 * (running is the committed configuration), {@code edit-config} (into the candidate),
 * {@code commit}, {@code validate}.
 */
final class StandardConfigRpcs {
    static final String OK = "<ok/>";

    private StandardConfigRpcs() {
    }

    static RpcHandler getConfig() {
        return (request, context) -> {
            ConfigurationStore store = context.device().store();
            boolean running = datastore(request, "source").equals("running");
            Configuration config = running ? store.committed() : store.candidate(context.session());
            Configuration selected = request.child("filter")
                    .flatMap(filter -> SafeXml.child(filter, "configuration"))
                    .map(filter -> ConfigurationViews.filter(config, filter))
                    .orElse(config);
            Map<String, String> attributes = running ? ConfigurationViews.commitAttributes(store.lastCommit()) : Map.of();
            return new XmlWriter().start("data").fragment(ConfigurationViews.render(selected, ConfigFormat.XML,
                    attributes, context.device())).end().toString();
        };
    }

    static RpcHandler editConfig() {
        return (request, context) -> {
            String target = datastore(request, "target");
            if (!target.equals("candidate")) {
                throw new RpcException(JunosError.invalidValue("edit-config target must be candidate, not " + target));
            }
            LoadAction action = switch (request.text("default-operation").orElse("merge")) {
                case "merge", "none" -> LoadAction.MERGE;
                case "replace" -> LoadAction.OVERRIDE;
                default -> throw new RpcException(JunosError.invalidValue(
                        "invalid default-operation: expecting merge, replace or none"));
            };
            Payload payload = editPayload(request);
            context.device().store().load(context.session(), action, payload.text(), payload.format());
            return OK;
        };
    }

    static RpcHandler commit() {
        return (request, context) -> {
            Integer minutes = request.has("confirmed")
                    ? request.text("confirm-timeout").map(StandardConfigRpcs::secondsToMinutes).orElse(10)
                    : null;
            context.device().store().commit(context.session(), null, minutes);
            return OK;
        };
    }

    static RpcHandler validate() {
        return (request, context) -> {
            context.device().store().commitCheck(context.session());
            return OK;
        };
    }

    /** The name of the datastore element inside {@code <source>} or {@code <target>}. */
    static String datastore(RpcRequest request, String container) {
        return request.child(container)
                .flatMap(element -> SafeXml.children(element).stream().findFirst())
                .map(SafeXml::localNameOf)
                .orElseThrow(() -> new RpcException(JunosError.invalidValue("missing " + container + " datastore")));
    }

    private static Payload editPayload(RpcRequest request) {
        Optional<Element> configuration = request.child("config").flatMap(config -> SafeXml.child(config, "configuration"));
        if (configuration.isPresent()) {
            return new Payload(SafeXml.serialize(configuration.get()), ConfigFormat.XML);
        }
        return request.child("config-text")
                .flatMap(text -> SafeXml.child(text, "configuration-text"))
                .map(text -> new Payload(text.getTextContent(), ConfigFormat.TEXT))
                .orElseThrow(() -> new RpcException(JunosError.invalidValue(
                        "edit-config needs <config><configuration> or <config-text><configuration-text>")));
    }

    /** RFC 6241 counts the confirm timeout in seconds; Junos in whole minutes. */
    private static int secondsToMinutes(String seconds) {
        try {
            return (int) Math.max(1, (Long.parseLong(seconds) + 59) / 60);
        } catch (NumberFormatException e) {
            throw new RpcException(JunosError.invalidValue("invalid confirm-timeout '" + seconds + "'"));
        }
    }

    record Payload(String text, ConfigFormat format) {
    }
}
