package io.jmcp.netconf.reply;

import io.jmcp.netconf.RpcError;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code <commit-results>}: reply to {@code <commit-configuration>}, with one
 * {@code <routing-engine>} per routing engine that checked or committed (two with commit
 * synchronize), and the errors and warnings of the commit.
 */
@XmlRootElement(name = "commit-results")
public final class CommitResults extends ErrorCarrier {
    @XmlElement(name = "routing-engine")
    private List<RoutingEngineResult> routingEngines = new ArrayList<>();

    public List<RoutingEngineResult> routingEngines() {
        return Collections.unmodifiableList(routingEngines);
    }

    /** The errors and warnings of the commit, including those reported per routing engine. */
    @Override
    public List<RpcError> errors() {
        return Stream.concat(super.errors().stream(), routingEngines.stream().flatMap(re -> re.errors().stream()))
                .toList();
    }

    /**
     * True when no error was reported and every routing engine reported success (of the check
     * for a commit check, of the commit otherwise).
     */
    public boolean succeeded() {
        return hasNoErrors() && routingEngines.stream().allMatch(RoutingEngineResult::succeeded);
    }

    /** {@code <routing-engine>}: the outcome on one routing engine. */
    public static final class RoutingEngineResult extends ErrorCarrier {
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
            return hasNoErrors() && (checkSucceeded() || committed());
        }
    }
}
