package io.jmcp.tools;

import io.jmcp.core.spi.ToolException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where reload_devices may read a devices file from: only inside one directory (the starting
 * devices file's, or --config-dir). A name that climbs out of it ({@code ../}), an absolute path
 * elsewhere, or a symbolic link whose target lies outside it is refused, so that a tool call
 * cannot make the server read arbitrary files.
 */
final class DevicesFileLocation {

    private DevicesFileLocation() {
    }

    /**
     * @param directory the allowed directory, absolute
     * @param fileName  the file as the caller named it: relative to the directory, or absolute
     * @return the file's real path
     * @throws ToolException saying why the file cannot be used
     */
    static Path resolve(Path directory, String fileName) {
        Path named;
        try {
            named = directory.resolve(fileName).normalize();
        } catch (InvalidPathException invalid) {
            throw new ToolException("file_name '" + fileName + "' is not a valid path: " + invalid.getReason());
        }
        if (!named.startsWith(directory)) {
            throw outside(fileName, directory);
        }
        if (!Files.exists(named)) {
            throw new ToolException("Devices file '" + fileName + "' not found in " + directory);
        }
        Path real;
        Path realDirectory;
        try {
            real = named.toRealPath();
            realDirectory = directory.toRealPath();
        } catch (IOException unreadable) {
            throw new ToolException("Devices file '" + fileName + "' cannot be resolved: " + unreadable.getMessage());
        }
        if (!real.startsWith(realDirectory)) {
            throw new ToolException("Devices file '" + fileName + "' is a link to " + real + ", outside " + directory
                    + "; reload_devices only reads files inside that directory");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new ToolException("'" + fileName + "' in " + directory + " is not a regular file");
        }
        return real;
    }

    private static ToolException outside(String fileName, Path directory) {
        return new ToolException("file_name '" + fileName + "' is outside " + directory + "; reload_devices only reads "
                + "devices files inside that directory (the directory of the starting devices file, or --config-dir)");
    }
}
