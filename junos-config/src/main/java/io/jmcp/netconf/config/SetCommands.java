package io.jmcp.netconf.config;

import io.jmcp.netconf.ConfigFormat;
import java.util.List;
import java.util.Objects;

/**
 * What a load of a payload would do, as configuration-mode commands, whatever the payload's
 * format: {@code set} lines for every value and empty statement it adds, {@code delete} for
 * {@code delete:} tags, {@code delete="delete"} and {@code delete} lines (and for {@code replace:}
 * tags, which delete what they replace), {@code activate} / {@code deactivate} /
 * {@code protect} / {@code unprotect} likewise. Guardrails match their patterns against these
 * lines, so a text or XML payload cannot hide {@code set system root-authentication ...}.
 */
public final class SetCommands {

    private SetCommands() {
    }

    /**
     * @throws ConfigSyntaxException when the payload is malformed (a load would fail too)
     */
    public static List<String> of(String payload, ConfigFormat format) {
        Objects.requireNonNull(payload, "payload");
        if (Objects.requireNonNull(format, "format") == ConfigFormat.SET) {
            Configuration.empty().applySet(payload);
            return SetCommand.parseAll(payload).stream().map(SetCommand::text).toList();
        }
        return List.copyOf(SetWriter.lines(Configuration.parsePatch(payload, format, new Object())));
    }
}
