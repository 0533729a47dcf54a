package io.jmcp.examples.it;

import io.jmcp.core.auth.TokenFile;
import io.jmcp.core.spi.Scope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A working directory that looks like the repository's root to README commands: a symbolic link
 * to each of its folders ({@code bin}, the modules with their built jars). Commands run there
 * verbatim, and what they write ({@code .tokens}, {@code devices.json}) stays out of the repository.
 * Closing removes the links, never what they point to.
 */
final class ScratchCheckout implements AutoCloseable {
    private final Path directory;
    private final SymbolicLinks links = new SymbolicLinks();

    private ScratchCheckout(Path directory) {
        this.directory = directory;
    }

    /** Creates {@code directory} (it must not exist yet) with a link to each folder of the repository. */
    static ScratchCheckout create(Path directory) {
        try {
            Files.createDirectories(directory);
            ScratchCheckout checkout = new ScratchCheckout(directory);
            for (Path folder : folders(Repository.root())) {
                checkout.links.link(directory.resolve(folder.getFileName()), folder);
            }
            return checkout;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static List<Path> folders(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).filter(entry -> !entry.getFileName().toString().equals(".git"))
                    .toList();
        }
    }

    /**
     * Gives the checkout the Node packages {@code npm ci} installs in {@code interop/ts-client}
     * (the MCP Inspector among them), where {@code npx} run in the checkout finds them.
     */
    ScratchCheckout withNodePackages() {
        links.link(directory.resolve("node_modules"), Repository.root().resolve("interop/ts-client/node_modules"));
        return this;
    }

    Path directory() {
        return directory;
    }

    /** A file of the checkout, named as a README command names it (relative to the root). */
    Path resolve(String file) {
        return directory.resolve(file);
    }

    /** Runs a README command (not a server) to its end in the checkout. */
    CommandResult run(String command) {
        return Bash.run(command, directory);
    }

    /** Adds a full-access token to the token file a server command reads, and returns the token. */
    String issueToken(String tokenFile) {
        return new TokenFile(resolve(tokenFile)).generate("readme-test", "the README tests' client", Scope.CONFIG)
                .token();
    }

    @Override
    public void close() {
        links.close();
    }
}
