package io.jmcp.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.jmcp.core.output.OutputArguments;
import io.jmcp.core.spi.Purpose;
import io.jmcp.core.spi.TimeoutArgument;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolArguments;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolInput;
import io.jmcp.core.spi.ToolResult;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code execute_junos_pfe_command}: runs a command on a Packet Forwarding Engine (the
 * {@code request pfe execute} RPC) and returns its text output. The command passes
 * {@code block.cmd} first, and callers limited to reading may only run commands that display state.
 * The PFE shell reports a command it does not know inside its transcript ({@code GOT: Syntax error
 * at 'WORD'}), not as an rpc-error: that is a failed call all the same.
 */
public final class ExecuteJunosPfeCommand implements ToolHandler {
    /** The arguments, as the input schema declares them. */
    record Arguments(@JsonProperty(required = true) @JsonPropertyDescription(RouterNames.ROUTER_NAME_DESCRIPTION) String routerName,
            @JsonProperty(required = true) @JsonPropertyDescription("The PFE target (e.g., fpc0, fpc1, etc.)") String target,
            @JsonProperty(required = true) @JsonPropertyDescription("The command to execute on the PFE") String command) {
    }

    private static final Pattern SHELL_SYNTAX_ERROR = Pattern.compile("^GOT: (Syntax error at .*)$", Pattern.MULTILINE);
    private static final ToolDefinition DEFINITION = ToolDefinition.builder("execute_junos_pfe_command")
            .title("Execute a Junos PFE command")
            .description("Execute a Junos PFE (Packet Forwarding Engine) shell command, e.g. 'show jnh 0 pool "
                    + "usage', on one FPC of a router and return its text output. Commands blocked by the "
                    + "server's block.cmd guardrails are refused.")
            .inputSchema(Arguments.class, OutputArguments.schemaProperties(true)
                    + TimeoutArgument.schemaProperty("Command timeout in seconds"))
            .annotations(ToolAnnotations.readOnlyTool())
            .build();

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        Arguments input = ToolInput.read(Arguments.class, arguments);
        String router = input.routerName();
        String target = input.target();
        String command = input.command();
        Duration timeout = context.rpcTimeout(ToolArguments.of(arguments));
        CommandChecks.requireOneLine("target", target);
        CommandChecks.require(context, "command", command);
        String output = context.onDevice(router, Purpose.READ, timeout, device -> device.pfeCommand(target, command));
        Matcher syntaxError = SHELL_SYNTAX_ERROR.matcher(output);
        if (syntaxError.find()) {
            return ToolResult.error("Router '" + router + "': the PFE shell of " + target + " does not know the command '"
                    + command + "': " + syntaxError.group(1) + "\n" + output);
        }
        return ToolResult.text(output);
    }
}
