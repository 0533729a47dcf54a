package io.jmcp.core.output;

import io.jmcp.core.auth.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The whole outputs of cut results, each readable by its owner only (the caller that produced it:
 * on HTTP the token, on stdio the one local user) for a bounded time and within a bounded number of
 * bytes; when a new output would not fit, the oldest are dropped first. With a folder, texts are
 * written there in files only their owner (the server's user) may read, and only the line index
 * stays in memory.
 */
public final class OutputStore implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutputStore.class);
    private static final int ID_BYTES = 16;

    private final OutputSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** In insertion order, so the first is the oldest. */
    private final Map<String, HeldOutput> outputs = new LinkedHashMap<>();
    private long used;

    public OutputStore(OutputSettings settings) {
        this(settings, Clock.systemUTC());
    }

    OutputStore(OutputSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        if (settings.folder() != null) {
            try {
                Files.createDirectories(settings.folder());
            } catch (IOException failure) {
                throw new IllegalArgumentException("cannot create the output folder " + settings.folder() + ": "
                        + failure.getMessage(), failure);
            }
        }
    }

    public OutputSettings settings() {
        return settings;
    }

    /**
     * Keeps {@code text} for {@code owner}, replacing what the same owner kept from the same source.
     *
     * @return the kept output, or empty when it is larger than the whole budget (it is then not kept)
     */
    Optional<HeldOutput> hold(String owner, String source, OutputText text) {
        long needed = text.size() + text.indexSize();
        if (needed > settings.memoryBudgetBytes()) {
            log.debug("An output of {} bytes is larger than the output budget; not kept", text.size());
            return Optional.empty();
        }
        String id = HexFormat.of().formatHex(randomBytes());
        Instant expires = clock.instant().plus(settings.keepFor());
        HeldOutput output = settings.folder() == null ? HeldOutput.inMemory(id, owner, source, expires, text)
                : HeldOutput.onDisk(id, owner, source, expires, text, write(id, text));
        synchronized (this) {
            dropExpired();
            outputs.values().removeIf(old -> old.owner().equals(owner) && old.source().equals(source) && drop(old));
            while (used + needed > settings.memoryBudgetBytes() && !outputs.isEmpty()) {
                Iterator<HeldOutput> oldest = outputs.values().iterator();
                drop(oldest.next());
                oldest.remove();
            }
            outputs.put(id, output);
            used += output.budgetUse();
        }
        return Optional.of(output);
    }

    /** The output {@code id} when {@code owner} produced it and it is still kept. */
    public synchronized Optional<HeldOutput> find(String owner, String id) {
        dropExpired();
        return Optional.ofNullable(outputs.get(id)).filter(output -> output.owner().equals(owner));
    }

    /** What {@code owner} kept last from {@code source}, while it is kept. */
    public synchronized Optional<HeldOutput> findBySource(String owner, String source) {
        dropExpired();
        return outputs.values().stream()
                .filter(output -> output.owner().equals(owner) && output.source().equals(source))
                .reduce((first, second) -> second);
    }

    /** Bytes of the budget in use now. */
    public synchronized long used() {
        return used;
    }

    @Override
    public synchronized void close() {
        outputs.values().forEach(this::drop);
        outputs.clear();
    }

    private void dropExpired() {
        Instant now = clock.instant();
        outputs.values().removeIf(output -> !output.expires().isAfter(now) && drop(output));
    }

    /** Forgets {@code output}'s bytes; true, to be used in removeIf. */
    private boolean drop(HeldOutput output) {
        used -= output.budgetUse();
        try {
            output.delete();
        } catch (UncheckedIOException failure) {
            log.warn("{}", failure.getMessage());
        }
        return true;
    }

    private Path write(String id, OutputText text) {
        Path file = settings.folder().resolve(id + ".out");
        try (FileChannel channel = OwnerOnlyFiles.openForWriting(file)) {
            ByteBuffer buffer = ByteBuffer.wrap(text.bytes());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write a kept output to " + file, failure);
        }
        return file;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }
}
