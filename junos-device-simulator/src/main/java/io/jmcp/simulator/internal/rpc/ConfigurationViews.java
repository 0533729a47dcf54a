package io.jmcp.simulator.internal.rpc;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.config.Configuration;
import io.jmcp.netconf.config.PlatformFamily;
import io.jmcp.simulator.CommitRecord;
import io.jmcp.simulator.internal.device.DeviceRuntime;
import io.jmcp.simulator.internal.device.JunosTime;
import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.xml.SafeXml;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.w3c.dom.Element;

/** How configurations are filtered and written into replies, shared by the RPCs and the CLI. */
final class ConfigurationViews {

    private ConfigurationViews() {
    }

    /** The {@code format} attribute of a configuration RPC; Junos calls curly-brace text "text" (or "ascii"). */
    static ConfigFormat format(String attribute) {
        return switch (attribute.toLowerCase(Locale.ROOT)) {
            case "xml" -> ConfigFormat.XML;
            case "text", "ascii" -> ConfigFormat.TEXT;
            case "set" -> ConfigFormat.SET;
            case "json" -> ConfigFormat.JSON;
            default -> throw new RpcException(JunosError.invalidValue(
                    "invalid format '" + attribute + "': expecting xml, text, set or json"));
        };
    }

    /**
     * The configuration as {@code get-configuration} returns it: a {@code <configuration>} element
     * carrying {@code rootAttributes}, or text/set/JSON in their wrappers.
     */
    static String render(Configuration config, ConfigFormat format, Map<String, String> rootAttributes,
                         DeviceRuntime device) {
        Configuration printed = asPrinted(config, device);
        return switch (format) {
            case XML -> withAttributes(printed.toXml(), rootAttributes, device.junosNamespace());
            case TEXT -> new XmlWriter().start("configuration-text").text(printed.toText()).end().toString();
            case SET -> new XmlWriter().start("configuration-set").text(printed.toSet()).end().toString();
            case JSON -> new XmlWriter().text(printed.toJson()).toString();
        };
    }

    /** The configuration in the statement order of the device's platform family (a few levels differ between families). */
    static Configuration asPrinted(Configuration config, DeviceRuntime device) {
        return config.inFamilyOrder(PlatformFamily.ofModel(device.spec().model()));
    }

    /** The attributes Junos puts on the committed configuration's root. */
    static Map<String, String> commitAttributes(CommitRecord commit) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("junos:commit-seconds", Long.toString(commit.time().getEpochSecond()));
        attributes.put("junos:commit-localtime", JunosTime.format(commit.time()));
        attributes.put("junos:commit-user", commit.user());
        return attributes;
    }

    /** The part of {@code config} a {@code <configuration>} subtree filter selects. */
    static Configuration filter(Configuration config, Element filter) {
        if (SafeXml.children(filter).isEmpty()) {
            return config;
        }
        Element selected = SubtreeFilter.apply(parse(config.toXml()), filter);
        return Configuration.parse(SafeXml.serialize(selected), ConfigFormat.XML);
    }

    /**
     * The statements of {@code config} at or below {@code path} (e.g. {@code [protocols, bgp]}),
     * with their ancestors, so that diffs and XML keep full hierarchy paths.
     */
    static Configuration restrict(Configuration config, List<String> path) {
        return path.isEmpty() ? config : config.subtree(String.join(" ", path)).orElseGet(Configuration::empty);
    }

    private static String withAttributes(String configurationXml, Map<String, String> attributes,
                                         String junosNamespace) {
        if (attributes.isEmpty()) {
            return configurationXml;
        }
        Element root = parse(configurationXml);
        attributes.forEach((name, value) -> root.setAttributeNS(junosNamespace, name, value));
        return SafeXml.serialize(root);
    }

    private static Element parse(String xml) {
        return SafeXml.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }
}
