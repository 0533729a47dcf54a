package io.jmcp.tools;

import io.jmcp.core.spi.PromptDefinition;
import io.jmcp.core.spi.PromptHandler;
import io.jmcp.core.spi.PromptMessage;

import java.util.List;
import java.util.Map;

/**
 * {@code safe_config_change}: walks the model through a configuration change a network engineer
 * would sign off: read the current configuration, dry run with the diff read back to the user, commit
 * confirmed, verify, then confirm (or let the router roll back).
 */
public final class SafeConfigChange implements PromptHandler {
    /** Long enough to verify, short enough that a router cut off from us comes back by itself. */
    static final int CONFIRM_WITHIN_MINUTES = 5;

    private static final PromptDefinition DEFINITION = PromptDefinition.builder("safe_config_change")
            .title("Safe configuration change")
            .description("Change a router's configuration safely: check the current configuration, dry run and "
                    + "review the diff, commit confirmed, verify, then confirm or let the router roll back.")
            .requiredArgument("router_name", "The router to change (see get_router_list)")
            .requiredArgument("change", "What to change, in your words or as Junos set commands, e.g. "
                    + "'set the description of ge-0/0/1 to uplink-core-2'")
            .changesConfiguration(true)
            .build();

    @Override
    public PromptDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<PromptMessage> render(Map<String, String> arguments) {
        String router = arguments.get("router_name");
        String change = arguments.get("change");
        String commands = "<the set commands of step 2>";
        return List.of(PromptMessage.user("""
                Make this configuration change on Junos router "%s":

                %s

                Work step by step. Stop and ask me whenever a step fails or shows something unexpected.

                1. Read the part of the configuration you will change, e.g.
                   %s
                   (leave out section for the whole configuration as set commands).
                2. Write the change as Junos set commands (and delete commands to remove statements). Touch \
                nothing else.
                3. Dry run: load the change, see the diff and run a commit check; nothing is committed:
                   %s
                4. Show me the diff exactly as returned, explain what it changes and any risk (management \
                access, routing, traffic), and wait for my explicit approval. If the commit check failed, \
                explain the error and propose a fix instead.
                5. Once I approve, commit with an automatic rollback: the router reverts by itself after \
                %d minutes unless the commit is confirmed:
                   %s
                6. Verify: compare with the previous configuration,
                   %s
                   and run show commands for what you changed (interfaces, protocol neighbors, routes) with \
                execute_junos_command. Report what you see.
                7. If everything is as expected and I agree, make the change permanent:
                   %s
                   If anything is wrong, do not confirm: the router rolls back within %d minutes, or at once with
                   %s
                """.formatted(router, change,
                ToolCall.of("get_junos_config").with("router_name", router).with("section", "<the section, e.g. "
                        + "interfaces ge-0/0/1>").with("format", "set"),
                commit(router, commands).with("dry_run", true),
                CONFIRM_WITHIN_MINUTES,
                commit(router, commands).with("commit_comment", "<what and why, briefly>")
                        .with("confirmed_minutes", CONFIRM_WITHIN_MINUTES),
                ToolCall.of("junos_config_diff").with("router_name", router).with("version", 1),
                ToolCall.of("confirm_commit").with("router_name", router),
                CONFIRM_WITHIN_MINUTES,
                ToolCall.of("rollback_config").with("router_name", router).with("version", 1))));
    }

    private static ToolCall commit(String router, String commands) {
        return ToolCall.of("load_and_commit_config").with("router_name", router).with("config_text", commands)
                .with("config_format", "set");
    }
}
