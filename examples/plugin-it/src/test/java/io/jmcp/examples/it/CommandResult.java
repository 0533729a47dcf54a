package io.jmcp.examples.it;

/** What a finished command printed and how it exited. */
record CommandResult(String command, int exitCode, String stdout, String stderr) {

    /** For assertion messages: the command, its exit code and both outputs. */
    String describe() {
        return "'" + command + "' exited with " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
    }
}
