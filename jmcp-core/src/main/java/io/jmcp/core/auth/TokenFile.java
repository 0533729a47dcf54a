package io.jmcp.core.auth;

import io.jmcp.core.spi.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@code .tokens} file and the changes made to it. Every change re-reads the file under its lock,
 * applies itself and writes the whole file back atomically with owner-only permissions, holding
 * salted hashes only: entries still in the seed's plain-text form are hashed by any change.
 */
public final class TokenFile {

    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);
    /** Far above any real token file; stops a wrong path (a disk image, a log) from filling memory. */
    private static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final int MAX_ID_LENGTH = 128;
    private static final int MAX_DESCRIPTION_LENGTH = 1024;

    private final Path path;
    private final SecureRandom random;
    private final TokenGenerator generator;
    private final TokenFileFormat format;
    private final Clock clock;

    public TokenFile(Path path) {
        this.path = Objects.requireNonNull(path, "path").toAbsolutePath().normalize();
        this.random = new SecureRandom();
        this.generator = new TokenGenerator(random);
        this.format = new TokenFileFormat(this.path, random);
        this.clock = Clock.systemUTC();
    }

    public Path path() {
        return path;
    }

    public boolean exists() {
        return Files.exists(path);
    }

    /** The tokens in file order; none when the file does not exist yet. */
    public List<TokenRecord> list() {
        if (!exists()) {
            return List.of();
        }
        return read().stream().map(StoredToken::record).toList();
    }

    public Optional<TokenRecord> find(String id) {
        return list().stream().filter(record -> record.id().equals(id)).findFirst();
    }

    /**
     * Adds a new token, creating the file if needed.
     *
     * @param description free text; {@code null} gives the seed's "Token for ID"
     * @param scope       {@code null} gives {@link Scope#DEFAULT}
     * @return the token's record and its secret, which is stored nowhere
     * @throws TokenStoreException when the id is taken or invalid, or the file is unusable
     */
    public IssuedToken generate(String id, String description, Scope scope) {
        requireValidId(id);
        String text = description == null ? "Token for " + id : description;
        requireValidText("Description", text, MAX_DESCRIPTION_LENGTH);
        String token = generator.newToken();
        Instant created = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        StoredToken stored = StoredToken.issue(id, text, created, scope == null ? Scope.DEFAULT : scope, token, random);
        return change(tokens -> {
            if (tokens.putIfAbsent(id, stored) != null) {
                throw new TokenStoreException("Token ID '" + id + "' already exists in " + path);
            }
            return new IssuedToken(stored.record(), token);
        });
    }

    /**
     * Removes a token; a server reading this file stops accepting it within a second.
     *
     * @return the record of the token removed
     * @throws TokenStoreException when there is no such token or the file is unusable
     */
    public TokenRecord revoke(String id) {
        if (!exists()) {
            throw new TokenStoreException("Token file " + path + " does not exist");
        }
        return change(tokens -> {
            StoredToken removed = tokens.remove(id);
            if (removed == null) {
                throw new TokenStoreException("Token ID '" + id + "' not found in " + path);
            }
            return removed.record();
        });
    }

    /** The file's bytes, for callers that notice changes by content. */
    byte[] readContent() {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] content = in.readNBytes((int) MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new TokenStoreException("Token file " + path + " is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MiB; it is not a token file");
            }
            return content;
        } catch (NoSuchFileException e) {
            throw new TokenStoreException("Token file " + path + " does not exist");
        } catch (AccessDeniedException e) {
            throw new TokenStoreException("Cannot read token file " + path + ": permission denied", e);
        } catch (IOException e) {
            throw new TokenStoreException("Cannot read token file " + path + ": " + e, e);
        }
    }

    List<StoredToken> parse(byte[] content) {
        return format.parse(content);
    }

    private List<StoredToken> read() {
        return parse(readContent());
    }

    private <T> T change(Function<Map<String, StoredToken>, T> edit) {
        if (!Files.isDirectory(path.getParent())) {
            throw new TokenStoreException("Cannot write token file " + path + ": directory " + path.getParent() + " does not exist");
        }
        Path target = writeTarget();
        try (TokenFileLock lock = TokenFileLock.acquire(target, LOCK_TIMEOUT)) {
            Map<String, StoredToken> tokens = new LinkedHashMap<>();
            if (exists()) {
                read().forEach(token -> tokens.put(token.record().id(), token));
            }
            T result = edit.apply(tokens);
            write(target, format.render(tokens.values()));
            return result;
        }
    }

    /** The file a symbolic link points to, so that a write updates it rather than replacing the link. */
    private Path writeTarget() {
        if (!Files.isSymbolicLink(path)) {
            return path;
        }
        try {
            return exists() ? path.toRealPath() : path.resolveSibling(Files.readSymbolicLink(path)).normalize();
        } catch (IOException e) {
            throw new TokenStoreException("Token file " + path + " is a symbolic link that cannot be followed: " + e, e);
        }
    }

    private void write(Path target, byte[] content) {
        try {
            OwnerOnlyFiles.writeAtomically(target, content);
        } catch (IOException e) {
            throw new TokenStoreException("Cannot write token file " + path + ": " + e, e);
        }
    }

    private static void requireValidId(String id) {
        if (id == null || id.isBlank()) {
            throw new TokenStoreException("Token ID must not be empty");
        }
        if (!id.strip().equals(id)) {
            throw new TokenStoreException("Token ID '" + id + "' must not start or end with white space");
        }
        requireValidText("Token ID", id, MAX_ID_LENGTH);
    }

    private static void requireValidText(String what, String text, int maxLength) {
        if (text.length() > maxLength) {
            throw new TokenStoreException(what + " is " + text.length() + " characters long; at most " + maxLength + " are allowed");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new TokenStoreException(what + " must not contain control characters such as new lines or tabs");
        }
    }
}
