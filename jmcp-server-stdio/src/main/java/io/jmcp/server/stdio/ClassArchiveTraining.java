package io.jmcp.server.stdio;

import io.jmcp.server.common.ArchiveTrainingSession;
import io.jmcp.server.common.UnusedConverters;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One short session of the stdio server, run by {@code bin/jmcp} (and the Docker build) under
 * {@code -XX:DumpLoadedClassList} to list the classes of the class-data-sharing archive that later
 * starts map instead of loading and verifying thousands of classes: the server starts on one simulated router in this
 * JVM and answers what a client's first minute asks (initialize, the lists, a command and the
 * facts of a router), so that the archive holds the classes of the first tool call too.
 */
public final class ClassArchiveTraining {
    private static final long ANSWER_SECONDS = 120;

    private ClassArchiveTraining() {
    }

    public static void main(String[] args) throws Exception {
        PipedOutputStream client = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(client, 64 * 1024);
        AnswerLines answers = new AnswerLines();
        UnusedConverters.exclude(); // as StdioServerMain.main does, so that the archive holds what a start loads
        Thread server = new Thread(() -> new CommandLine(new StdioServerMain(serverIn,
                new PrintStream(answers, true, StandardCharsets.UTF_8), System.err)).execute("--demo", "1",
                "--log-level", "WARN"), "jmcp-training-server");
        server.start();
        for (String request : ArchiveTrainingSession.MESSAGES) {
            client.write((request + "\n").getBytes(StandardCharsets.UTF_8));
            client.flush();
            String id = idOf(request);
            if (id != null) {
                answers.await(id, server);
            }
        }
        client.close();
        server.join(TimeUnit.SECONDS.toMillis(ANSWER_SECONDS));
        // The class list is complete; threads the session leaves (SSH, workers) must not keep the JVM up.
        System.exit(0);
    }

    private static String idOf(String request) {
        int at = request.indexOf("\"id\":");
        return at < 0 ? null : request.substring(at + 5, request.indexOf(',', at));
    }

    /** The server's stdout, one JSON-RPC message per line. */
    private static final class AnswerLines extends OutputStream {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        /** Waits for the answer to request {@code id}, as long as {@code server} runs. */
        void await(String id, Thread server) throws InterruptedException, IOException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ANSWER_SECONDS);
            while (System.nanoTime() < deadline) {
                String answer = lines.poll(1, TimeUnit.SECONDS);
                if (answer != null && answer.contains("\"id\":" + id + ",")) {
                    return;
                }
                if (answer == null && !server.isAlive()) {
                    throw new IOException("the stdio server stopped before answering request " + id);
                }
            }
            throw new IOException("the stdio server did not answer request " + id + " within " + ANSWER_SECONDS + " s");
        }
    }
}
