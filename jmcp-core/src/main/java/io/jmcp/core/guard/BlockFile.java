package io.jmcp.core.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads block.cmd / block.cfg: one regex per line; blank lines and {@code #} comments ignored. */
final class BlockFile {
    private BlockFile() {
    }

    /** @throws BlockListException naming the file when it cannot be read */
    static List<BlockPattern> read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw unreadable(absolute, "it is a directory");
        }
        try {
            return parse(absolute.toString(), decode(Files.readAllBytes(absolute)));
        } catch (NoSuchFileException e) {
            throw unreadable(absolute, "it does not exist");
        } catch (AccessDeniedException e) {
            throw unreadable(absolute, "permission denied");
        } catch (CharacterCodingException e) {
            throw unreadable(absolute, "it is not UTF-8 text");
        } catch (IOException e) {
            throw unreadable(absolute, e.getMessage());
        }
    }

    /** The block file shipped in the jar, used when the user has none. */
    static List<BlockPattern> shippedDefault(String fileName) {
        String resource = "default-" + fileName;
        String origin = "built-in default " + fileName;
        try (InputStream in = BlockFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new BlockListException("Cannot use guardrail file " + origin + ": it is missing from the jar");
            }
            return parse(origin, decode(in.readAllBytes()));
        } catch (IOException e) {
            throw new BlockListException("Cannot use guardrail file " + origin + ": " + e.getMessage());
        }
    }

    static List<BlockPattern> parse(String origin, String content) {
        List<BlockPattern> patterns = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                patterns.add(new BlockPattern(line, origin, i + 1));
            }
        }
        return patterns;
    }

    // A file in another encoding could hold patterns that silently never match: refuse it.
    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static BlockListException unreadable(Path file, String reason) {
        return new BlockListException("Cannot use guardrail file " + file + ": " + reason);
    }
}
