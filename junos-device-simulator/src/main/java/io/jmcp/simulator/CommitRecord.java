package io.jmcp.simulator;

import io.jmcp.netconf.config.Configuration;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a device's rollback history, what {@code show system commit} lists.
 *
 * @param time           when the commit happened
 * @param user           who committed ({@code root} for the boot configuration and automatic rollbacks)
 * @param client         how: {@code netconf}, or {@code other} for the boot configuration and rollbacks
 * @param comment        the commit comment ({@code log}), or null
 * @param confirmMinutes the confirm timeout of a {@code commit confirmed}, or null
 * @param configuration  the configuration that became active
 */
public record CommitRecord(Instant time, String user, String client, String comment, Integer confirmMinutes,
                           Configuration configuration) {

    public CommitRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(configuration, "configuration");
    }

    public Optional<String> commentIfAny() {
        return Optional.ofNullable(comment);
    }

    public boolean isConfirmed() {
        return confirmMinutes != null;
    }
}
