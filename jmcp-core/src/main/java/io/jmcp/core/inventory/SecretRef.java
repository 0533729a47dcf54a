package io.jmcp.core.inventory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a secret (password or key passphrase) comes from: written in devices.json, an
 * environment variable, or a file. Only the reference is held; environment and file secrets
 * are read when a connection is made, so rotating them needs no reload.
 *
 * <p>{@link #toString()} never shows an inline secret.
 */
public record SecretRef(Kind kind, String value) {

    public enum Kind {
        /** The secret itself, written in devices.json. */
        INLINE,
        /** The name of an environment variable holding the secret. */
        ENV,
        /** The absolute path of a file holding the secret (one trailing line break ignored). */
        FILE
    }

    public SecretRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static SecretRef inline(String secret) {
        return new SecretRef(Kind.INLINE, secret);
    }

    public static SecretRef env(String variableName) {
        return new SecretRef(Kind.ENV, variableName);
    }

    public static SecretRef file(Path file) {
        return new SecretRef(Kind.FILE, file.toAbsolutePath().normalize().toString());
    }

    /**
     * Reads the secret now.
     *
     * @param field the devices.json field it came from, for the error message
     * @throws SecretUnavailableException naming the variable or file when the secret is missing or empty
     */
    char[] resolve(String field, Environment environment) {
        return switch (kind) {
            case INLINE -> value.toCharArray();
            case ENV -> fromEnvironment(field, environment);
            case FILE -> fromFile(field);
        };
    }

    private char[] fromEnvironment(String field, Environment environment) {
        String secret = environment.variable(value);
        if (secret == null) {
            throw new SecretUnavailableException("field '" + field + "' names environment variable '" + value
                    + "', which is not set");
        }
        if (secret.isEmpty()) {
            throw new SecretUnavailableException("field '" + field + "' names environment variable '" + value
                    + "', which is empty");
        }
        return secret.toCharArray();
    }

    private char[] fromFile(String field) {
        Path file = Path.of(value);
        FileCheck.problem(file).ifPresent(problem -> {
            throw new SecretUnavailableException("field '" + field + "' names " + file + ", which " + problem);
        });
        String secret;
        try {
            secret = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SecretUnavailableException("field '" + field + "' names " + file + ", which cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        String withoutLineBreak = stripOneLineBreak(secret);
        if (withoutLineBreak.isEmpty()) {
            throw new SecretUnavailableException("field '" + field + "' names " + file + ", which is empty");
        }
        return withoutLineBreak.toCharArray();
    }

    // `echo secret > file` leaves a line break that is not part of the secret.
    private static String stripOneLineBreak(String secret) {
        if (secret.endsWith("\r\n")) {
            return secret.substring(0, secret.length() - 2);
        }
        if (secret.endsWith("\n")) {
            return secret.substring(0, secret.length() - 1);
        }
        return secret;
    }

    /** Where the secret comes from, for humans; never the secret itself. */
    public String describe() {
        return switch (kind) {
            case INLINE -> "written in devices.json";
            case ENV -> "environment variable " + value;
            case FILE -> "file " + value;
        };
    }

    @Override
    public String toString() {
        return "SecretRef[" + describe() + "]";
    }

    /** A secret that cannot be read; the message names the field and the variable or file, never a value. */
    static final class SecretUnavailableException extends RuntimeException {
        SecretUnavailableException(String message) {
            super(message);
        }
    }
}
