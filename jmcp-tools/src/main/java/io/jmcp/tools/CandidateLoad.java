package io.jmcp.tools;

import io.jmcp.core.spi.GuardChecks;
import io.jmcp.core.spi.ToolException;
import io.jmcp.netconf.CandidateEdit;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.LoadAction;
import io.jmcp.netconf.error.RpcError;
import io.jmcp.netconf.config.ConfigSyntaxException;

import java.util.List;
import java.util.Locale;

/** What a {@link ConfigChange} loads into the locked candidate. */
sealed interface CandidateLoad {

    /**
     * Refuses what block.cfg blocks, before any router is contacted.
     *
     * @throws io.jmcp.core.guard.BlockedException naming the line and the pattern
     */
    void precheck(GuardChecks guardrails);

    /** Loads into the candidate; returns the router's warnings. */
    List<RpcError> loadInto(CandidateEdit edit);

    static CandidateLoad payload(String payload, ConfigFormat format, LoadAction action) {
        return new Payload(payload, format, action);
    }

    /**
     * How a payload combines with the candidate when the caller does not say: set commands as
     * written; other formats {@code replace}, which honours {@code replace:} tags and merges the
     * rest, as the seed (PyEZ) loaded them.
     */
    static LoadAction defaultAction(ConfigFormat format) {
        return format == ConfigFormat.SET ? LoadAction.SET : LoadAction.REPLACE;
    }

    static CandidateLoad rollback(int version) {
        return new Rollback(version);
    }

    /** Configuration text in any format Junos loads, combined with the candidate by {@code action}. */
    record Payload(String payload, ConfigFormat format, LoadAction action) implements CandidateLoad {

        @Override
        public void precheck(GuardChecks guardrails) {
            try {
                guardrails.checkConfig(payload, format);
            } catch (ConfigSyntaxException unreadable) {
                throw new ToolException("The configuration is not valid " + format.name().toLowerCase(Locale.ROOT)
                        + " configuration, so the guardrails cannot check it: " + unreadable.getMessage()
                        + ". Nothing was sent to the router.", unreadable);
            }
        }

        @Override
        public List<RpcError> loadInto(CandidateEdit edit) {
            return edit.load(payload, format, action).warnings();
        }
    }

    /**
     * A configuration of the rollback history. It has no payload to check beforehand: the change it
     * makes is checked once loaded, like every change (see {@link EffectiveChange}).
     */
    record Rollback(int version) implements CandidateLoad {

        @Override
        public void precheck(GuardChecks guardrails) {
            // Nothing to read before the router loads it.
        }

        @Override
        public List<RpcError> loadInto(CandidateEdit edit) {
            edit.rollback(version);
            return List.of();
        }
    }
}
