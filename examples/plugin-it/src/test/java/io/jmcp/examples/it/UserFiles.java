package io.jmcp.examples.it;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a devices.json names on its user's machine, made up for a test: the files (keys, password
 * files) and the environment variables ({@code password_env}, {@code passphrase_env}). jmcp
 * checks at load that each can be read and holds something; it reads keys only when it connects.
 */
final class UserFiles {
    /** What every made-up password file and variable holds: the login of the simulated routers. */
    static final String SECRET = "operator-secret";
    private static final String VARIABLE_SUFFIX = "_env";

    private UserFiles() {
    }

    /** A copy of {@code devices} whose absolute paths are moved under {@code root}, a folder standing for {@code /}. */
    static JsonNode movedUnder(JsonNode devices, Path root) {
        JsonNode moved = devices.deepCopy();
        forEachText(moved, (object, field) -> {
            String value = object.get(field).stringValue();
            if (value.startsWith("/")) {
                object.put(field, root.resolve(value.substring(1)).toString());
            }
        });
        return moved;
    }

    /**
     * Creates every file {@code devices} names that does not exist, holding {@link #SECRET} and
     * readable by its owner only.
     *
     * @throws AssertionError for a file outside {@code folder}, which the user's machine would not offer
     */
    static void createMissing(JsonNode devices, Path folder) {
        forEachText(devices, (object, field) -> {
            String value = object.get(field).stringValue();
            if (value.startsWith("/") && !Files.exists(Path.of(value))) {
                assertThat(Path.of(value).normalize().startsWith(folder))
                        .as("devices.json field '%s' names %s, outside %s", field, value, folder).isTrue();
                create(Path.of(value));
            }
        });
    }

    /** The variables {@code devices} takes secrets from, each holding {@link #SECRET}. */
    static Map<String, String> environment(JsonNode devices) {
        Map<String, String> variables = new LinkedHashMap<>();
        forEachText(devices, (object, field) -> {
            if (field.endsWith(VARIABLE_SUFFIX)) {
                variables.put(object.get(field).stringValue(), SECRET);
            }
        });
        return variables;
    }

    static Path write(JsonNode devices, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, ConfigBlock.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(devices));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void create(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, SECRET + "\n");
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Calls {@code action} with each object and name of a text field, at any depth. */
    private static void forEachText(JsonNode node, BiConsumer<ObjectNode, String> action) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (String field : List.copyOf(object.propertyNames())) {
            JsonNode value = object.get(field);
            if (value.isString()) {
                action.accept(object, field);
            } else {
                forEachText(value, action);
            }
        }
    }
}
