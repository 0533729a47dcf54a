package io.jmcp.core.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What to do about a devices file that stopped the server, for the two cases a new user meets
 * first: no devices file yet, and the seed's {@code devices-template.json} with its placeholders
 * ({@code /path/to/...}) still in it.
 */
final class DevicesFileHints {
    /** How the seed's template and the examples mark a value to replace. */
    static final String PLACEHOLDER = "/path/to/";
    private static final int MAX_TEMPLATE_BYTES = 1 << 20;

    private DevicesFileHints() {
    }

    /** The hint for a server that could not start with {@code devicesFile}, if there is one. */
    static Optional<String> forFile(Path devicesFile) {
        if (!Files.exists(devicesFile)) {
            return Optional.of("""
                    There is no %s yet: make one that lists your routers (see examples/configs/devices.json, \
                    or copy the seed's devices-template.json and fill it in), or try jmcp on simulated routers \
                    first, without a devices file: bin/jmcp -t stdio --demo 3""".formatted(devicesFile));
        }
        return hasPlaceholders(devicesFile) ? Optional.of("""
                %s still holds placeholders (%s...), as the seed's devices-template.json does: replace them \
                with each router's real values (ip, username, private_key_path of a key file that exists); \
                host keys must be known too (the README's "Moving from the seed" says how)."""
                .formatted(devicesFile, PLACEHOLDER)) : Optional.empty();
    }

    private static boolean hasPlaceholders(Path devicesFile) {
        try {
            return Files.size(devicesFile) <= MAX_TEMPLATE_BYTES && Files.readString(devicesFile).contains(PLACEHOLDER);
        } catch (IOException | RuntimeException unreadable) {
            // The inventory's own error already says why the file cannot be read.
            return false;
        }
    }
}
