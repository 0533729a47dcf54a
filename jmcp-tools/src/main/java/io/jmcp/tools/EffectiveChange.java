package io.jmcp.tools;

import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.spi.ToolException;
import io.jmcp.netconf.ConfigDatabase;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.config.ConfigSyntaxException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The change a loaded candidate would make, as the {@code set}/{@code delete} lines between the
 * active configuration and the candidate, checked against block.cfg. It catches what a payload
 * check cannot see: a rollback, or a {@code replace}/{@code override} load that removes guarded
 * statements.
 */
final class EffectiveChange {

    private EffectiveChange() {
    }

    /**
     * @throws io.jmcp.core.guard.BlockedException naming the first blocked line
     */
    static void check(JunosDevice device, Guardrails guardrails) {
        List<String> change = between(device.getConfiguration(ConfigFormat.SET, ConfigDatabase.COMMITTED, null),
                device.getConfiguration(ConfigFormat.SET, ConfigDatabase.CANDIDATE, null));
        if (change.isEmpty()) {
            return;
        }
        try {
            guardrails.checkConfig(String.join("\n", change), ConfigFormat.SET);
        } catch (ConfigSyntaxException unreadable) {
            throw new ToolException("The guardrails cannot read the change the router would make ("
                    + unreadable.getMessage() + "), so it is refused", unreadable);
        }
    }

    /** Lines of {@code candidate} that {@code active} lacks, then the undoing of lines it drops. */
    static List<String> between(String activeSet, String candidateSet) {
        Set<String> active = statements(activeSet);
        Set<String> candidate = statements(candidateSet);
        List<String> change = new ArrayList<>();
        candidate.stream().filter(line -> !active.contains(line)).forEach(change::add);
        active.stream().filter(line -> !candidate.contains(line)).map(EffectiveChange::undo).forEach(change::add);
        return change;
    }

    private static Set<String> statements(String setLines) {
        Set<String> statements = new LinkedHashSet<>();
        setLines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(statements::add);
        return statements;
    }

    private static String undo(String line) {
        if (line.startsWith("set ")) {
            return "delete " + line.substring("set ".length());
        }
        if (line.startsWith("deactivate ")) {
            return "activate " + line.substring("deactivate ".length());
        }
        return line;
    }
}
