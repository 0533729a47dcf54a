package io.jmcp.examples.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Symbolic links a test makes to the repository's built files instead of copying them; closing
 * removes the links, never what they point to.
 */
final class SymbolicLinks implements AutoCloseable {
    private final List<Path> links = new ArrayList<>();

    /** Links {@code link} (its folders made as needed) to {@code target}. */
    Path link(Path link, Path target) {
        try {
            Files.createDirectories(link.toAbsolutePath().getParent());
            links.add(Files.createSymbolicLink(link, target));
            return link;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void close() {
        try {
            for (Path link : links) {
                Files.deleteIfExists(link);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
