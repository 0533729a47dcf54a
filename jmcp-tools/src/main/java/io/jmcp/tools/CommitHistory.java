package io.jmcp.tools;

import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.reply.JunosXml;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A router's commit history, {@code <commit-information>}: its reply to {@code <get-commit-information/>}
 * ("show system commit"), newest commit first, as Juniper's YANG (junos-rpc-system) models it.
 */
@XmlRootElement(name = "commit-information")
final class CommitHistory {
    private static final String REQUEST = "<get-commit-information/>";

    @XmlElement(name = "commit-history")
    private List<Entry> entries = new ArrayList<>();

    /** Reads the history from the router now. */
    static CommitHistory of(JunosDevice device) {
        return JunosXml.unmarshal(device.rpc(REQUEST).openStream(), CommitHistory.class);
    }

    /**
     * The newest commit when it is a {@code commit confirmed} still waiting for its confirmation.
     * A confirmation or any later commit, and the router's own rollback when the time is up, each
     * add a newer entry, so only the newest commit can be pending.
     */
    Optional<Entry> pendingConfirmation() {
        return entries.isEmpty() || entries.get(0).commitConfirmed == null ? Optional.empty()
                : Optional.of(entries.get(0));
    }

    /** The newest commit, if the router has any. */
    Optional<Entry> newest() {
        return entries.stream().findFirst();
    }

    /**
     * The rollback number of the oldest commit whose comment contains {@code mark} (0 for the
     * configuration in effect, 1 for the one before it, and so on): the first of the commits a change
     * made, when it made several (a commit confirmed and its confirmation).
     */
    OptionalInt oldestCommentedWith(String mark) {
        OptionalInt oldest = OptionalInt.empty();
        for (int i = 0; i < entries.size(); i++) {
            String comment = entries.get(i).log;
            if (comment != null && comment.contains(mark)) {
                oldest = OptionalInt.of(i);
            }
        }
        return oldest;
    }

    /** One commit of the history. */
    static final class Entry {
        @XmlElement(name = "date-time")
        private String dateTime;
        @XmlElement(name = "user")
        private String user;
        @XmlElement(name = "client")
        private String client;
        /** Present on a {@code commit confirmed}: its rollback state, e.g. "rollback in 10mins". */
        @XmlElement(name = "commit-confirmed")
        private String commitConfirmed;
        /** The commit comment, when it had one. */
        @XmlElement(name = "log")
        private String log;

        /** e.g. "2026-12-06 08:30:00 UTC by netops via netconf". */
        String describe() {
            return dateTime + " by " + user + " via " + client;
        }
    }
}
