package io.jmcp.simulator.internal.rpc;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.config.ConfigDiff;
import io.jmcp.netconf.config.Configuration;
import io.jmcp.simulator.CommitRecord;
import io.jmcp.simulator.internal.cli.Pipes;
import io.jmcp.simulator.internal.device.ConfigurationStore;
import io.jmcp.simulator.internal.device.JunosTime;
import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.List;

/**
 * {@code show configuration [path]} of the active configuration, with its pipes:
 * {@code | display set}, {@code | compare rollback N}, {@code | display xml|json} and
 * {@code | display inheritance} (the simulator's configurations inherit nothing, so it changes
 * nothing). Text comes back in {@code configuration-information}, as Junos sends it.
 */
final class ShowConfiguration {

    private ShowConfiguration() {
    }

    static String render(List<String> path, Pipes pipes, String format, RpcContext context) {
        ConfigurationStore store = context.device().store();
        CommitRecord active = store.lastCommit();
        if (pipes.compareRollback() != null) {
            int n = pipes.compareRollback();
            CommitRecord base = store.rollback(n).orElseThrow(() ->
                    new RpcException(JunosError.invalidValue("rollback " + n + " does not exist")));
            return GetConfiguration.diffOutput(ConfigDiff.compare(
                    ConfigurationViews.restrict(base.configuration(), path),
                    ConfigurationViews.restrict(active.configuration(), path)));
        }
        if (pipes.displaySet()) {
            return output(ConfigurationViews.asPrinted(ConfigurationViews.restrict(active.configuration(), path),
                    context.device()).toSet());
        }
        return switch (format) {
            case "xml" -> ConfigurationViews.render(ConfigurationViews.restrict(active.configuration(), path),
                    ConfigFormat.XML, ConfigurationViews.commitAttributes(active), context.device());
            case "json" -> ConfigurationViews.render(ConfigurationViews.restrict(active.configuration(), path),
                    ConfigFormat.JSON, ConfigurationViews.commitAttributes(active), context.device());
            case "text", "ascii" -> output(text(active, ConfigurationViews.asPrinted(active.configuration(),
                    context.device()), path));
            default -> throw new RpcException(JunosError.invalidValue(
                    "invalid format '" + format + "': expecting xml, text or json"));
        };
    }

    /** The whole configuration opens with Junos's last-commit banner; a part of it is shown relative to its path. */
    private static String text(CommitRecord active, Configuration config, List<String> path) {
        if (path.isEmpty()) {
            return "## Last commit: " + JunosTime.format(active.time()) + " by " + active.user() + "\n" + config.toText();
        }
        return config.textAt(String.join(" ", path)).orElse("");
    }

    private static String output(String text) {
        return new XmlWriter().start("configuration-information").start("configuration-output")
                .text("\n" + text).end().end().toString();
    }
}
