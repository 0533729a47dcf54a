package io.jmcp.core.auth;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tokens a server accepts, read from a {@code .tokens} file and kept in step with it: at most
 * once per check interval (250 ms by default) an authentication re-reads the file, so a revoked or
 * new token takes effect within a second without a restart. Changes are noticed by content, not by
 * modification time, which can stay the same across quick successive writes. A file that becomes
 * missing, unreadable or invalid rejects every token (fail closed) until it is fixed; each distinct
 * problem is logged once.
 */
public final class TokenStore {

    public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofMillis(250);

    private static final Logger LOG = LoggerFactory.getLogger(TokenStore.class);

    private final TokenFile file;
    private final long checkIntervalNanos;
    private final LongSupplier nanoClock;
    private final AtomicLong nextCheck;
    private volatile Snapshot snapshot;

    TokenStore(TokenFile file, Duration checkInterval, LongSupplier nanoClock) {
        this.file = Objects.requireNonNull(file, "file");
        this.checkIntervalNanos = checkInterval.toNanos();
        this.nanoClock = nanoClock;
        byte[] content = file.readContent();
        this.snapshot = Snapshot.of(content, file.parse(content));
        this.nextCheck = new AtomicLong(nanoClock.getAsLong() + checkIntervalNanos);
        LOG.info("Loaded {} token(s) from {}", snapshot.tokens().size(), file.path());
        warnIfPlainText();
    }

    /**
     * Opens the token file at {@code path}.
     *
     * @throws TokenStoreException when the file is missing, unreadable or invalid: a server must not
     *                             start with authentication it cannot perform
     */
    public static TokenStore open(Path path) {
        return open(path, DEFAULT_CHECK_INTERVAL);
    }

    /** As {@link #open(Path)}, re-reading the file at most once per {@code checkInterval}. */
    public static TokenStore open(Path path, Duration checkInterval) {
        return new TokenStore(new TokenFile(path), checkInterval, System::nanoTime);
    }

    public Path file() {
        return file.path();
    }

    /**
     * The token that {@code presentedToken} is, if any. Every stored token is compared, each in
     * constant time, so the time taken reveals neither how close a guess was nor which token matched.
     */
    public Optional<TokenRecord> authenticate(String presentedToken) {
        Snapshot current = refreshIfDue();
        if (presentedToken == null || presentedToken.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = presentedToken.getBytes(StandardCharsets.UTF_8);
        return ExhaustiveMatcher.findMatch(current.tokens(), token -> token.hash().matches(presented))
                .map(StoredToken::record);
    }

    /** The tokens accepted now; none while the file is unusable. */
    public List<TokenRecord> tokens() {
        return refreshIfDue().tokens().stream().map(StoredToken::record).toList();
    }

    private Snapshot refreshIfDue() {
        long now = nanoClock.getAsLong();
        long due = nextCheck.get();
        if (now - due >= 0 && nextCheck.compareAndSet(due, now + checkIntervalNanos)) {
            reload();
        }
        return snapshot;
    }

    private void reload() {
        Snapshot previous = snapshot;
        try {
            byte[] content = file.readContent();
            if (Arrays.equals(content, previous.content())) {
                return;
            }
            snapshot = Snapshot.of(content, file.parse(content));
            LOG.info("Reloaded {}: {} token(s) accepted", file.path(), snapshot.tokens().size());
            warnIfPlainText();
        } catch (TokenStoreException e) {
            snapshot = Snapshot.failed(e.getMessage());
            if (!e.getMessage().equals(previous.problem())) {
                LOG.error("{}; rejecting every token until the file is fixed", e.getMessage());
            }
        }
    }

    private void warnIfPlainText() {
        long plainText = snapshot.tokens().stream().filter(token -> token.record().plainTextOnDisk()).count();
        if (plainText > 0) {
            LOG.warn("{} token(s) in {} are stored in plain text; the next jmcp-token-cli generate or revoke "
                    + "on this file replaces them with salted hashes", plainText, file.path());
        }
    }

    /** What the file held when last read, or the problem that made it unusable. */
    private record Snapshot(byte[] content, List<StoredToken> tokens, String problem) {

        static Snapshot of(byte[] content, List<StoredToken> tokens) {
            return new Snapshot(content, List.copyOf(tokens), null);
        }

        static Snapshot failed(String problem) {
            return new Snapshot(null, List.of(), problem);
        }
    }
}
