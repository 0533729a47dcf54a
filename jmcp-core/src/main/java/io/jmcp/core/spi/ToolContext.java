package io.jmcp.core.spi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The server's services for one tool call or resource read. Valid only during that call.
 *
 * <p>Every type it hands out is of this package (or the NETCONF client's): a tool written against it
 * does not break when the server's implementation changes.
 */
public interface ToolContext {

    /** The routers of the inventory. */
    Devices devices();

    /**
     * Runs {@code work} with a pooled session to a router of the inventory and records the router
     * in this call's audit record. Sessions are reused across calls; when the connection is lost
     * during a {@link Purpose#READ}, the work is repeated once on a new session.
     *
     * @throws UnknownDeviceException when the router is not in the inventory
     * @throws DeviceException        when the device operation fails (the message names the router)
     */
    <T> T onDevice(String routerName, Purpose purpose, Duration timeout, SessionWork<T> work);

    /** {@code block.cmd} / {@code block.cfg} checks; every command and config change must pass them. */
    GuardChecks guardrails();

    /** Asks the client's user for input. */
    Elicitation elicitation();

    /**
     * Reports progress to the client when it asked for progress on this call; otherwise does
     * nothing. {@code done} must increase from one report to the next.
     */
    void progress(double done, double total, String message);

    /** Log messages for the client. */
    ClientLog log();

    /**
     * The result budget of this call ({@code arguments} may lower it with {@code max_output_bytes}),
     * for a tool that cuts parts of its result itself; the server cuts the whole result anyway.
     *
     * <p>Abstract, so that a context made outside the server (a plugin's test) fails to compile
     * rather than when a tool first cuts a large result. Such a context serves it as the server
     * does with {@code new ResultBudget(new OutputStore(OutputSettings.defaults())).forCall(caller,
     * arguments)} (package {@code io.jmcp.core.output}), or uses jmcp-tool-fixtures'
     * {@code SimulatedToolContext}.
     */
    CallOutputs outputs(Map<String, Object> arguments);

    /** Who is calling. */
    Caller caller();

    /** True once the call should stop: the client went away or the server is shutting down. */
    boolean isCancelled();

    /**
     * The RPC timeout for this call: {@code timeoutSecondsArgument} when given, else the server's
     * default (env {@code JUNOS_TIMEOUT}, else 360 s). Tools with the usual {@code timeout}
     * argument use {@link #rpcTimeout(ToolArguments)}.
     */
    Duration rpcTimeout(OptionalInt timeoutSecondsArgument);

    /**
     * The RPC timeout this call asked for: its {@code timeout} argument in seconds
     * ({@link TimeoutArgument}) when given, else env {@code JUNOS_TIMEOUT}, else 360 s.
     *
     * @throws ToolException when the argument is not a whole number of seconds from 1 to one day
     */
    default Duration rpcTimeout(ToolArguments arguments) {
        return rpcTimeout(TimeoutArgument.seconds(arguments));
    }

    /** Devices touched and commits made, for this call's audit record. */
    AuditDetails audit();

    /** How many devices a batch tool may work on at once. */
    int batchConcurrency();

    /** Whether devices added at run time are also written to the devices file (option --persist-devices). */
    boolean persistAddedDevices();

    /**
     * The directory devices files may be reloaded from: option --config-dir, else the directory of
     * the devices file the server started with; empty when the inventory lives in memory only.
     */
    Optional<Path> devicesDirectory();

    /**
     * One of the server's own parts (a class of {@code io.jmcp.core}'s implementation packages, such
     * as its device registry or session pool), for the built-in tools that administer them; empty
     * when this context has none of that type. Not API: a tool that uses it is tied to the server's
     * version. Custom tools need only the views above.
     */
    default <T> Optional<T> serverPart(Class<T> type) {
        return Optional.empty();
    }
}
