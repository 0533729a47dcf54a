package io.jmcp.core.inventory;

import io.jmcp.netconf.ssh.HostKeyPolicy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How a device's SSH host key is verified: devices.json {@code host_key} ({@code "strict"},
 * {@code "accept-new"} or {@code "off"}) and optional {@code known_hosts}.
 *
 * <p>The default is {@code strict} against {@code ~/.ssh/known_hosts}: a router that answers
 * with an unknown key may be an impostor collecting the password about to be sent. The seed
 * (PyEZ) checked nothing, so a device migrated from it fails on first contact until its key is
 * known; {@link DeviceEntry#hostKeyAdvice()} tells the user exactly how to fix that.
 *
 * @param knownHosts the known_hosts file, or null for {@code ~/.ssh/known_hosts}
 */
public record HostKeyCheck(HostKeyPolicy policy, Path knownHosts) {
    public static final HostKeyCheck DEFAULT = new HostKeyCheck(HostKeyPolicy.STRICT, null);

    public HostKeyCheck {
        Objects.requireNonNull(policy, "policy");
        knownHosts = knownHosts == null ? null : knownHosts.toAbsolutePath().normalize();
    }

    /** The value of {@code host_key} in devices.json for {@code policy}. */
    public static String jsonName(HostKeyPolicy policy) {
        return policy.name().toLowerCase().replace('_', '-');
    }

    static Optional<HostKeyPolicy> fromJsonName(String value) {
        return Arrays.stream(HostKeyPolicy.values()).filter(policy -> jsonName(policy).equals(value)).findFirst();
    }

    @Override
    public String toString() {
        return jsonName(policy) + (knownHosts == null ? "" : " (" + knownHosts + ")");
    }
}
