package io.jmcp.benchmarks.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server JVM the benchmark started, found among this process's children, and its memory as
 * the JDK's {@code jcmd} reports it (after a full GC, so that the heap figure is live data).
 */
final class ServerProcess {
    private static final Pattern HEAP_LINE = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final long JCMD_TIMEOUT_SECONDS = 30;

    private final ProcessHandle process;

    private ServerProcess(ProcessHandle process) {
        this.process = process;
    }

    static Optional<ServerProcess> find(Path jar) {
        return ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().map(line -> line.contains(jar.toString())).orElse(false))
                .findFirst()
                .map(ServerProcess::new);
    }

    String memoryReport() {
        jcmd("GC.run");
        Matcher heap = HEAP_LINE.matcher(jcmd("GC.heap_info"));
        String heapFigures = heap.find()
                ? String.format("server heap after a full GC: %.1f MB used of %.1f MB committed",
                        Long.parseLong(heap.group(2)) / 1024.0, Long.parseLong(heap.group(1)) / 1024.0)
                : "server heap: jcmd GC.heap_info gave no figures";
        return heapFigures + "; resident set: " + residentSet();
    }

    private String jcmd(String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process run = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
                    .redirectErrorStream(true).start();
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!run.waitFor(JCMD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                run.destroyForcibly();
            }
            return output;
        } catch (IOException failure) {
            return "jcmd failed: " + failure.getMessage();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** VmRSS from /proc (Linux), or "unknown". */
    private String residentSet() {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"));
            return status.stream().filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> String.format("%.1f MB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0))
                    .orElse("unknown");
        } catch (IOException | NumberFormatException unavailable) {
            return "unknown";
        }
    }
}
