package io.jmcp.netconf;

import io.jmcp.netconf.internal.SecureXml;
import io.jmcp.netconf.internal.XmlElement;
import java.io.StringReader;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The Junos XML API requests (the shapes PyEZ sends), built with {@link XmlElement} so that every
 * caller-supplied string is escaped. Arguments are checked here, with messages naming the field.
 */
final class JunosRequests {
    public static final String LOCK = "<lock-configuration/>";
    public static final String UNLOCK = "<unlock-configuration/>";
    /** RFC 6241 lock of the candidate: on Junos the same lock as lock-configuration, and standard elsewhere. */
    public static final String LOCK_CANDIDATE = "<lock><target><candidate/></target></lock>";
    public static final String UNLOCK_CANDIDATE = "<unlock><target><candidate/></target></unlock>";
    public static final String OPEN_PRIVATE = "<open-configuration><private/></open-configuration>";
    public static final String CLOSE_PRIVATE = "<close-configuration/>";
    public static final String DISCARD_CHANGES = "<discard-changes/>";

    /** Junos keeps rollback 0 (the active configuration) to 49. */
    public static final int MAX_ROLLBACK = 49;
    /** Junos accepts {@code commit confirmed} 1 to 65535 minutes. */
    public static final int MAX_CONFIRM_MINUTES = 65535;

    private JunosRequests() {
    }

    /** {@code <command format="...">cli</command>}: an operational CLI command. */
    public static String command(String cli, OutputFormat format) {
        return XmlElement.of("command").attribute("format", format.attributeValue())
                .text(requireText(cli, "command")).toXml();
    }

    /** {@code <request-pfe-execute>}: a command run on a Packet Forwarding Engine, e.g. target {@code fpc0}. */
    public static String pfeCommand(String target, String command) {
        return XmlElement.of("request-pfe-execute")
                .child("target", requireText(target, "target"))
                .child("command", requireText(command, "command"))
                .toXml();
    }

    /**
     * {@code <get-configuration>} of a database in a format, optionally only the section at
     * {@code sectionPath} as {@code show configuration} takes it, e.g. {@code protocols bgp} or
     * {@code interfaces ge-0/0/0 unit 0}.
     */
    public static String getConfiguration(ConfigFormat format, ConfigDatabase database, String sectionPath) {
        XmlElement request = XmlElement.of("get-configuration")
                .attribute("database", database.name().toLowerCase())
                .attribute("format", format.attributeValue());
        if (sectionPath != null && !sectionPath.isBlank()) {
            // The filter is built from the configuration model (Juniper's schema, in junos-config),
            // which knows the list elements the text omits (interfaces ge-0/0/0 -> <interface><name>).
            request.child(XmlElement.of("configuration").rawXml(ConfigSections.toXmlFilter(sectionPath)));
        }
        return request.toXml();
    }

    /** The candidate compared with rollback {@code n}, as {@code show | compare rollback n}. */
    public static String compareRollback(int n) {
        return XmlElement.of("get-configuration")
                .attribute("compare", "rollback")
                .attribute("rollback", Integer.toString(requireRollback(n)))
                .attribute("format", "text")
                .toXml();
    }

    /** {@code <load-configuration>} of {@code payload} into the candidate. */
    public static String loadConfiguration(String payload, ConfigFormat format, LoadAction action) {
        requireText(payload, "configuration");
        boolean setLines = format == ConfigFormat.SET || action == LoadAction.SET;
        if (setLines) {
            requireSetCombination(format, action);
            return XmlElement.of("load-configuration").attribute("action", "set").attribute("format", "text")
                    .child("configuration-set", payload).toXml();
        }
        XmlElement request = XmlElement.of("load-configuration").attribute("action", action.attributeValue());
        return switch (format) {
            case TEXT -> request.attribute("format", "text").child("configuration-text", payload).toXml();
            case JSON -> request.attribute("format", "json").child("configuration-json", payload).toXml();
            case XML -> request.attribute("format", "xml").rawXml(configurationElement(payload)).toXml();
            case SET -> throw new IllegalStateException("set lines are handled above");
        };
    }

    /** Replaces the candidate with rollback {@code n}. */
    public static String loadRollback(int n) {
        return XmlElement.of("load-configuration").attribute("rollback", Integer.toString(requireRollback(n))).toXml();
    }

    /** {@code <commit-configuration>} as PyEZ sends it for these options. */
    public static String commit(CommitOptions options) {
        XmlElement request = XmlElement.of("commit-configuration");
        if (options.isCheckOnly()) {
            request.child("check");
        }
        if (options.isSynchronize()) {
            request.child("synchronize");
        }
        options.confirmedMinutes().ifPresent(minutes ->
                request.child("confirmed").child("confirm-timeout", Integer.toString(minutes)));
        options.comment().ifPresent(comment -> request.child("log", comment));
        return request.toXml();
    }

    /** The payload as a {@code <configuration>} element, wrapping it when it is a statement of one. */
    private static String configurationElement(String payload) {
        String xml = withoutXmlDeclaration(payload);
        try {
            XMLStreamReader reader = SecureXml.reader(new StringReader(xml));
            try {
                reader.nextTag();
                boolean wrapped = "configuration".equals(reader.getLocalName());
                return wrapped ? xml : "<configuration>" + xml + "</configuration>";
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("the XML configuration is not well-formed: " + e.getMessage(), e);
        }
    }

    /** A document's {@code <?xml ...?>} cannot stand inside the request; its encoding is UTF-8 by then anyway. */
    private static String withoutXmlDeclaration(String xml) {
        String trimmed = xml.strip();
        if (trimmed.startsWith("<?xml")) {
            int end = trimmed.indexOf("?>");
            return end < 0 ? trimmed : trimmed.substring(end + 2);
        }
        return xml;
    }

    private static void requireSetCombination(ConfigFormat format, LoadAction action) {
        if (format != ConfigFormat.SET && format != ConfigFormat.TEXT) {
            throw new IllegalArgumentException("action SET loads set lines; format " + format + " cannot carry them");
        }
        if (action != LoadAction.SET && action != LoadAction.MERGE) {
            throw new IllegalArgumentException("set lines apply themselves (load set); action " + action
                    + " does not combine with them");
        }
    }

    private static int requireRollback(int n) {
        if (n < 0 || n > MAX_ROLLBACK) {
            throw new IllegalArgumentException("rollback must be 0 to " + MAX_ROLLBACK + ", was " + n);
        }
        return n;
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }
}
