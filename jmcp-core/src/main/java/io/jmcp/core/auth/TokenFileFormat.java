package io.jmcp.core.auth;

import io.jmcp.core.spi.Scope;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code .tokens} JSON document: an object keyed by token id whose entries hold {@code hash},
 * {@code prefix}, {@code description}, {@code created} and {@code scope}, or, in the seed's format,
 * {@code token} in plain text instead of {@code hash}. Anything unexpected is refused rather than
 * guessed at: a misspelt {@code scope} must not silently grant {@code config}.
 */
final class TokenFileFormat {

    private static final String HASH = "hash";
    private static final String TOKEN = "token";
    private static final String PREFIX = "prefix";
    private static final String DESCRIPTION = "description";
    private static final String CREATED = "created";
    private static final String SCOPE = "scope";
    private static final Set<String> FIELDS = Set.of(HASH, TOKEN, PREFIX, DESCRIPTION, CREATED, SCOPE);

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private final Path source;
    private final SecureRandom random;

    TokenFileFormat(Path source, SecureRandom random) {
        this.source = source;
        this.random = random;
    }

    /** The entries in file order. */
    List<StoredToken> parse(byte[] content) {
        JsonNode root = readTree(content);
        if (!root.isObject()) {
            throw problem("must hold a JSON object keyed by token id, found " + describe(root));
        }
        List<StoredToken> tokens = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            tokens.add(parseEntry(entry.getKey(), entry.getValue()));
        }
        return tokens;
    }

    byte[] render(Collection<StoredToken> tokens) {
        ObjectNode root = JSON.createObjectNode();
        for (StoredToken token : tokens) {
            TokenRecord record = token.record();
            ObjectNode entry = root.putObject(record.id());
            entry.put(HASH, token.hash().encoded());
            record.prefix().ifPresent(prefix -> entry.put(PREFIX, prefix));
            entry.put(DESCRIPTION, record.description());
            record.created().ifPresent(created -> entry.put(CREATED, created.toString()));
            entry.put(SCOPE, record.scope().wireName());
        }
        return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode readTree(byte[] content) {
        JsonNode root = parseJson(content);
        if (root.isMissingNode()) {
            throw problem("is empty; it must hold a JSON object keyed by token id ({} when there are no tokens)");
        }
        return root;
    }

    private JsonNode parseJson(byte[] content) {
        try {
            return JSON.readTree(content);
        } catch (StreamReadException e) {
            // The parser's own message may quote the offending text, which can be a plain-text token.
            throw problem("is not valid JSON" + at(e.getLocation()));
        } catch (DatabindException e) {
            // Duplicate keys and trailing content: the message names keys only, never values.
            throw problem("is not valid" + at(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw problem("could not be read" + at(e.getLocation()));
        }
    }

    private StoredToken parseEntry(String id, JsonNode entry) {
        if (!entry.isObject()) {
            throw problem(id, "must be a JSON object, found " + describe(entry));
        }
        for (String field : entry.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw problem(id, "has unknown field '" + field + "'; expected " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        String description = text(id, entry, DESCRIPTION).orElse("");
        Optional<Instant> created = text(id, entry, CREATED).map(value -> parseCreated(id, value));
        Scope scope = text(id, entry, SCOPE).map(value -> parseScope(id, value)).orElse(Scope.DEFAULT);
        Optional<String> hash = text(id, entry, HASH);
        Optional<String> token = text(id, entry, TOKEN);
        if (hash.isPresent() && token.isPresent()) {
            throw problem(id, "has both 'hash' and a plain-text 'token'; keep only 'hash'");
        }
        if (token.isPresent()) {
            if (token.get().isEmpty()) {
                throw problem(id, "has an empty 'token'");
            }
            return StoredToken.fromPlainText(id, description, created, scope, token.get(), random);
        }
        if (hash.isEmpty()) {
            throw problem(id, "has neither 'hash' nor 'token'");
        }
        TokenRecord record = new TokenRecord(id, description, created, scope, text(id, entry, PREFIX), false);
        return new StoredToken(record, parseHash(id, hash.get()));
    }

    private Optional<String> text(String id, JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw problem(id, "field '" + field + "' must be a string, found " + describe(value));
        }
        return Optional.of(value.stringValue());
    }

    private Instant parseCreated(String id, String value) {
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw problem(id, "field 'created' is '" + value + "', not an ISO-8601 time with offset such as 2025-01-28T10:30:00Z");
        }
    }

    private Scope parseScope(String id, String value) {
        try {
            return Scope.fromWireName(value);
        } catch (IllegalArgumentException e) {
            throw problem(id, "field 'scope': " + e.getMessage());
        }
    }

    private TokenHash parseHash(String id, String value) {
        try {
            return TokenHash.parse(value);
        } catch (IllegalArgumentException e) {
            throw problem(id, "field 'hash' is malformed: " + e.getMessage());
        }
    }

    private static String describe(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String at(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1
                ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private TokenStoreException problem(String id, String message) {
        return problem("entry '" + id + "' " + message);
    }

    private TokenStoreException problem(String message) {
        return new TokenStoreException("Token file " + source + " " + message);
    }
}
