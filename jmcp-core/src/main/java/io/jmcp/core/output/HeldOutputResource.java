package io.jmcp.core.output;

import io.jmcp.core.spi.ResourceContent;
import io.jmcp.core.spi.ResourceDefinition;
import io.jmcp.core.spi.ResourceHandler;
import io.jmcp.core.spi.ResourceNotFoundException;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolException;

import java.util.List;
import java.util.Map;

/**
 * {@code jmcp://outputs/{id}} and {@code jmcp://outputs/{id}/offset/{offset}}: the whole output of a
 * cut result, page by page within the result budget, for the caller that produced it only. Another
 * caller is told it does not exist, as it is told of an expired one.
 */
public final class HeldOutputResource implements ResourceHandler {
    private static final String PREFIX = "jmcp://outputs/";

    private final ResultBudget budget;
    private final ResourceDefinition definition;

    private HeldOutputResource(ResultBudget budget, ResourceDefinition definition) {
        this.budget = budget;
        this.definition = definition;
    }

    /** Both resources: the first page, and the page from a line. */
    public static List<ResourceHandler> of(ResultBudget budget) {
        String description = "The whole output of a result jmcp cut to fit its result budget, readable by the "
                + "session that produced it for " + budget.store().settings().keepFor().toMinutes() + " minutes";
        return List.of(
                new HeldOutputResource(budget, ResourceDefinition.builder(PREFIX + "{id}").name("output")
                        .title("Whole output of a cut result").description(description).mimeType("text/plain").build()),
                new HeldOutputResource(budget, ResourceDefinition.builder(PREFIX + "{id}/offset/{offset}")
                        .name("output-page").title("Whole output of a cut result, from a line")
                        .description(description + "; from line offset+1 on").mimeType("text/plain").build()));
    }

    static String uriOf(String id) {
        return PREFIX + id;
    }

    static String uriOf(String id, int offset) {
        return PREFIX + id + "/offset/" + offset;
    }

    @Override
    public ResourceDefinition definition() {
        return definition;
    }

    @Override
    public ResourceContent read(ToolContext context, Map<String, String> variables) {
        String id = variables.get("id");
        HeldOutput output = budget.store().find(context.caller().id(), id).orElseThrow(() -> new ResourceNotFoundException(
                "Output '" + id + "' is not kept: outputs are kept " + budget.store().settings().keepFor().toMinutes()
                        + " minutes for the session that produced them only; call the tool again"));
        int offset = offset(variables.getOrDefault("offset", "0"));
        try {
            return new ResourceContent(budget.pageOfKept(output, offset), "text/plain");
        } catch (IllegalArgumentException pastTheEnd) {
            throw new ToolException("Output '" + id + "': " + pastTheEnd.getMessage());
        }
    }

    private static int offset(String text) {
        try {
            int offset = Integer.parseInt(text);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new ToolException("the offset in the URI must be a line count from 0, got '" + text + "'");
    }
}
