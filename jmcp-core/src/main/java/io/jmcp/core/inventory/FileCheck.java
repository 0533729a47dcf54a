package io.jmcp.core.inventory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Why a file named in devices.json cannot be used, phrased to follow "..., which ". */
final class FileCheck {
    private FileCheck() {
    }

    static Optional<String> problem(Path file) {
        if (!Files.exists(file)) {
            return Optional.of("does not exist");
        }
        if (Files.isDirectory(file)) {
            return Optional.of("is a directory, not a file");
        }
        if (!Files.isReadable(file)) {
            return Optional.of("cannot be read (check its permissions)");
        }
        return Optional.empty();
    }
}
