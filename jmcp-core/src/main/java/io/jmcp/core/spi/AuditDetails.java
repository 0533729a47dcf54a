package io.jmcp.core.spi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a tool adds to the audit record of its call: the devices it touched and, for each commit,
 * the diff and commit comment. Thread-safe, so a tool working on many devices in parallel may
 * record from every worker. Arguments are never recorded: they may hold secrets.
 */
public final class AuditDetails {
    private final Set<String> devices = new LinkedHashSet<>();
    private final List<Commit> commits = new ArrayList<>();

    /** A configuration change committed on one device. */
    public record Commit(String device, String diff, String comment) {
    }

    public synchronized void device(String name) {
        devices.add(name);
    }

    public synchronized void commit(String device, String diff, String comment) {
        devices.add(device);
        commits.add(new Commit(device, diff, comment));
    }

    public synchronized List<String> devices() {
        return List.copyOf(devices);
    }

    public synchronized List<Commit> commits() {
        return List.copyOf(commits);
    }
}
