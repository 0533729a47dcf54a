package io.jmcp.netconf.reply;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code <commit-results>}: reply to {@code <commit-configuration>}, with one
 * {@code <routing-engine>} per routing engine that checked or committed (two with commit
 * synchronize). The errors and warnings of the commit are read, like those of every reply, by
 * {@link RpcErrors} ({@link io.jmcp.netconf.RpcReply#errors()}).
 */
@XmlRootElement(name = "commit-results")
public final class CommitResults {
    @XmlElement(name = "routing-engine")
    private List<RoutingEngineResult> routingEngines = new ArrayList<>();

    public List<RoutingEngineResult> routingEngines() {
        return Collections.unmodifiableList(routingEngines);
    }

    /**
     * True when every routing engine reported success (of the check for a commit check, of the
     * commit otherwise); a failed commit reports no success on the engine that failed.
     */
    public boolean succeeded() {
        return !routingEngines.isEmpty() && routingEngines.stream().allMatch(RoutingEngineResult::succeeded);
    }

    /** {@code <routing-engine>}: the outcome on one routing engine. */
    public static final class RoutingEngineResult {
        @XmlElement(name = "name")
        private String name;
        @XmlElement(name = "commit-check-success")
        private String commitCheckSuccess;
        @XmlElement(name = "commit-success")
        private String commitSuccess;

        /** e.g. {@code re0}, {@code node1}, {@code fpc0}. */
        public String name() {
            return name;
        }

        /** The configuration checked out on this routing engine. */
        public boolean checkSucceeded() {
            return commitCheckSuccess != null;
        }

        /** The configuration was committed on this routing engine. */
        public boolean committed() {
            return commitSuccess != null;
        }

        boolean succeeded() {
            return checkSucceeded() || committed();
        }
    }
}
