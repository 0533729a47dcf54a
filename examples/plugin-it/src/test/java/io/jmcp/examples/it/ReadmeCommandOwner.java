package io.jmcp.examples.it;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which test runs which README commands. Every command of the README's shell blocks must belong
 * to exactly one owner ({@link ReadmeCommandsIT} fails naming any other), and each owner's test
 * takes its commands from the README itself, so that a changed command is run as it now reads.
 * A new kind of command needs a new owner and a test that runs it.
 */
enum ReadmeCommandOwner {
    MAVEN("mvn ", ReadmeBuildCommandsIT.class,
            "checked against .ci/run, which runs the README's test build"),
    SERVER("(java -jar \\S*jmcp-server-(stdio|http)\\.jar|bin/jmcp)(\\s|$)", ReadmeServerCommandsIT.class,
            "started in a scratch checkout, asked to initialize, stopped"),
    TOKEN_CLI("java -jar \\S*jmcp-token-cli\\.jar(\\s|$)", ReadmeTokenLifecycleIT.class,
            "run in order in a scratch checkout whose HTTP server must honour the tokens"),
    CURL("curl ", ReadmeTokenLifecycleIT.class,
            "sent to that HTTP server with a generated token, then with a revoked one"),
    INSPECTOR("npx @modelcontextprotocol/inspector ", ReadmeInspectorIT.class,
            "run in a scratch checkout with the Inspector npm ci installs; it starts the server and must get its answer"),
    DOCKER("docker (build|run) ", DockerfileIT.class,
            "checked against the Dockerfile, whose default command is run with a local JRE");

    private final Pattern start;
    private final Class<?> test;
    private final String treatment;

    ReadmeCommandOwner(String start, Class<?> test, String treatment) {
        this.start = Pattern.compile(start);
        this.test = test;
        this.treatment = treatment;
    }

    boolean owns(ShellCommand command) {
        return start.matcher(command.text()).lookingAt();
    }

    /** This owner's commands in the README, in README order. */
    List<ShellCommand> commandsIn(Readme readme) {
        return readme.commands().stream().filter(this::owns).toList();
    }

    /** The owners of a command: exactly one for a command some test runs. */
    static List<ReadmeCommandOwner> of(ShellCommand command) {
        return List.of(values()).stream().filter(owner -> owner.owns(command)).toList();
    }

    @Override
    public String toString() {
        return name() + " (" + test.getSimpleName() + ": " + treatment + ")";
    }
}
