package io.jmcp.server.http;

import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A plugin tool whose loading waits until a test writes its release file (named by the system property
 * {@value #RELEASE_FILE}): it keeps a packaged server in the phase before its tools are served for as
 * long as the test needs. A release file reading {@value #FAIL} makes loading fail, as a broken plugin
 * does. Not registered in this module's own services: {@link PackagedServerColdStartIT} puts it on a
 * packaged server's class path as a plugin.
 */
public final class HeldBuildTool implements ToolHandler {
    static final String RELEASE_FILE = "jmcp.test.releaseFile";
    static final String NAME = "held_build_probe";
    static final String FAIL = "fail";
    private static final Duration LONGEST_HOLD = Duration.ofMinutes(2);

    public HeldBuildTool() {
        Path release = Path.of(System.getProperty(RELEASE_FILE));
        if (FAIL.equals(awaitRelease(release))) {
            throw new IllegalStateException("the test told the held plugin to fail");
        }
    }

    /** The release file's text, once it exists: watched, not polled. */
    private static String awaitRelease(Path release) {
        long deadline = System.nanoTime() + LONGEST_HOLD.toNanos();
        try (WatchService watcher = release.getFileSystem().newWatchService()) {
            release.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
            while (!Files.exists(release) || Files.readString(release).isBlank()) {
                long left = deadline - System.nanoTime();
                var key = watcher.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
                if (key == null) {
                    throw new IllegalStateException("no release file " + release + " within " + LONGEST_HOLD);
                }
                key.pollEvents();
                key.reset();
            }
            return Files.readString(release).strip();
        } catch (IOException | ClosedWatchServiceException failure) {
            throw new IllegalStateException("cannot watch " + release + ": " + failure.getMessage(), failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while held", interrupted);
        }
    }

    @Override
    public ToolDefinition definition() {
        return ToolDefinition.builder(NAME)
                .title("Held build probe")
                .description("A test plugin that held the server's start until released.")
                .inputSchema("{\"type\":\"object\",\"properties\":{}}")
                .annotations(ToolAnnotations.readOnlyTool())
                .build();
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        return ToolResult.text("released");
    }
}
