package io.jmcp.core.inventory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reading and writing devices.json documents: device name -> device object, in file order. */
final class InventoryJson {
    /** A repeated device name would silently hide a device; it is an error instead. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER));

    private InventoryJson() {
    }

    static String context(Path file) {
        return "Invalid devices file " + file;
    }

    /**
     * The document of a devices file.
     *
     * @throws InventoryException saying why the file cannot be read or is not a devices document
     */
    static ObjectNode read(Path file) {
        JsonNode document;
        try {
            document = MAPPER.readTree(bytes(file));
        } catch (JacksonException e) {
            throw fileProblem(file, "invalid JSON" + location(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()));
        }
        if (document == null || document.isMissingNode()) {
            throw fileProblem(file, "the file is empty; it must hold a JSON object mapping device names to devices");
        }
        if (!document.isObject()) {
            throw fileProblem(file, "the top level must be a JSON object mapping device names to devices, got "
                    + DeviceParser.shown(document));
        }
        return (ObjectNode) document;
    }

    private static byte[] bytes(Path file) {
        if (Files.isDirectory(file)) {
            throw fileProblem(file, "cannot read the file: it is a directory");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fileProblem(file, "cannot read the file: it does not exist");
        } catch (AccessDeniedException e) {
            throw fileProblem(file, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw fileProblem(file, "cannot read the file: " + e.getMessage());
        }
    }

    /** The document as a human would write it: two-space indent, {@code "key": value}, final newline. */
    static byte[] write(ObjectNode document) {
        String text = MAPPER.writer().with(PRETTY).writeValueAsString(document);
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static InventoryException fileProblem(Path file, String problem) {
        return new InventoryException(context(file), List.of(problem));
    }

    private static String location(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
