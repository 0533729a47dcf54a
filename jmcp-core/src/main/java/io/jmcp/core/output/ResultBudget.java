package io.jmcp.core.output;

import io.jmcp.core.spi.CallOutputs;
import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.ResourceContent;
import io.jmcp.core.spi.ResourceLink;
import io.jmcp.core.spi.ToolArguments;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps every tool result and resource read within the result budget. A result within it is left
 * as it is. A larger one shows its first lines and a last line saying what was left out and how to
 * get it; its whole output is kept in the {@link OutputStore} and linked from the result. A call
 * with {@code offset} gets the next page of the output it produced before, without running the
 * tool again while that output is kept. Structured content is kept within the same budget by
 * {@link StructuredBudget}.
 */
public final class ResultBudget {
    /** Room kept for the note at the end of a cut page. */
    static final int NOTE_RESERVE = 1024;
    private static final JsonMapper JSON = JsonMapper.shared();

    private final OutputStore store;
    private final Map<String, ToolShape> shapes = new ConcurrentHashMap<>();

    public ResultBudget(OutputStore store) {
        this.store = store;
    }

    public OutputStore store() {
        return store;
    }

    /** The outputs of one call of {@code caller}, for tools that cut parts of their result themselves. */
    public CallOutputs forCall(Caller caller, Map<String, Object> arguments) {
        return new HeldCallOutputs(store, caller.id(), OutputArguments.budget(ToolArguments.of(arguments), serverBudget()));
    }

    /**
     * Runs {@code tool} with {@code arguments} through {@code run}, or pages the output it kept, and
     * keeps the result within the budget.
     */
    public ToolResult fit(ToolDefinition tool, Caller caller, Map<String, Object> arguments,
            Function<Map<String, Object>, ToolResult> run) {
        Map<String, Object> given = arguments == null ? Map.of() : arguments;
        ToolShape shape = shapes.computeIfAbsent(tool.name(), name -> ToolShape.of(tool));
        ToolArguments args = ToolArguments.of(given);
        int offset = shape.pageable() ? OutputArguments.offset(args) : 0;
        int budget = shape.limitable() ? OutputArguments.budget(args, serverBudget()) : serverBudget();
        String source = source(tool.name(), given);
        if (offset > 0) {
            Optional<HeldOutput> kept = store.findBySource(caller.id(), source);
            if (kept.isPresent()) {
                return page(kept.get(), offset, budget, new Continuation(tool.name(), given, shape), false, null);
            }
        }
        ToolResult result = fitStructured(tool, caller, source, budget, run.apply(given));
        String text = String.join("\n", result.texts());
        if (result.isError() || offset == 0 && OutputText.utf8Length(text) <= budget) {
            return result;
        }
        OutputText whole = OutputText.of(text);
        HeldOutput output = store.hold(caller.id(), source, whole)
                .orElseGet(() -> HeldOutput.inMemory(null, caller.id(), source, null, whole));
        return page(output, offset, budget, new Continuation(tool.name(), given, shape), offset > 0,
                result.structuredContent());
    }

    /** {@code result} with its structured content within {@code budget}, its cut values kept for {@code caller}. */
    private ToolResult fitStructured(ToolDefinition tool, Caller caller, String source, int budget, ToolResult result) {
        Map<String, Object> structured = result.structuredContent();
        if (structured == null) {
            return result;
        }
        Map<String, Object> fitted = StructuredBudget.fit(structured, tool.outputSchemaJson().orElse(null), budget,
                new HeldCallOutputs(store, caller.id(), budget), source);
        return fitted == structured ? result
                : new ToolResult(result.texts(), fitted, result.isError(), result.links());
    }

    /** {@code content} of resource {@code uri} read by {@code caller}, within the server's budget. */
    public ResourceContent fitRead(Caller caller, String uri, ResourceContent content) {
        if (OutputText.utf8Length(content.text()) <= serverBudget()) {
            return content;
        }
        OutputText whole = OutputText.of(content.text());
        Optional<HeldOutput> kept = store.hold(caller.id(), "resource " + uri, whole);
        HeldOutput output = kept.orElseGet(() -> HeldOutput.inMemory(null, caller.id(), uri, null, whole));
        Page page = output.page(0, serverBudget() - NOTE_RESERVE);
        String next = kept.map(held -> "resources/read " + HeldOutputResource.uriOf(held.id(), page.nextOffset()))
                .orElse("read " + uri + " again, or a narrower resource");
        String whereWhole = kept.map(held -> CutNote.kept(held.uri(), settings())).orElse(CutNote.notKept(settings()));
        return new ResourceContent(page.text() + CutNote.of(page, sizeOf(output), serverBudget(), next, whereWhole, ""),
                content.mimeType());
    }

    /** A page of a kept output as {@link HeldOutputResource} serves it: within the server's budget. */
    String pageOfKept(HeldOutput output, int offset) {
        Page page = output.page(offset, serverBudget() - NOTE_RESERVE);
        if (page.nextOffset() >= output.lineCount()) {
            return page.text();
        }
        return page.text() + CutNote.of(page, sizeOf(output), serverBudget(),
                "resources/read " + HeldOutputResource.uriOf(output.id(), page.nextOffset()),
                CutNote.kept(output.uri(), settings()), "");
    }

    private ToolResult page(HeldOutput output, int offset, int budget, Continuation continuation, boolean ranAgain,
            Map<String, Object> structured) {
        Page page;
        try {
            page = output.page(offset, budget - NOTE_RESERVE);
        } catch (IllegalArgumentException pastTheEnd) {
            return ToolResult.error("argument 'offset' is past the end of the output: " + pastTheEnd.getMessage());
        }
        StringBuilder text = new StringBuilder(page.text());
        boolean more = page.nextOffset() < output.lineCount();
        if (more) {
            String whole = output.id() == null ? CutNote.notKept(settings()) : CutNote.kept(output.uri(), settings());
            text.append(CutNote.of(page, sizeOf(output), budget, continuation.next(page.nextOffset(), output), whole,
                    continuation.shape().narrowing()));
        }
        if (ranAgain) {
            text.append(CutNote.ranAgain(page));
        }
        List<ResourceLink> links = output.id() == null ? List.of() : List.of(new ResourceLink(output.uri(),
                "output " + output.id(), "The whole output of " + continuation.tool() + " (" + output.lineCount()
                        + " lines), kept " + settings().keepFor().toMinutes() + " minutes", "text/plain", output.size()));
        return new ToolResult(List.of(text.toString()), structured, false, links);
    }

    private int serverBudget() {
        return settings().resultBudgetBytes();
    }

    private OutputSettings settings() {
        return store.settings();
    }

    private static CutNote.OutputSize sizeOf(HeldOutput output) {
        return new CutNote.OutputSize(output.lineCount(), output.size());
    }

    /** What identifies a call's output: the tool and its arguments but for the page asked. */
    static String source(String tool, Map<String, Object> arguments) {
        Map<String, Object> sorted = new TreeMap<>(arguments);
        sorted.remove(OutputArguments.OFFSET);
        sorted.remove(OutputArguments.MAX_OUTPUT_BYTES);
        return tool + JSON.writeValueAsString(sorted);
    }

    /** How a tool's output may be paged and narrowed, read from its input schema. */
    private record ToolShape(boolean pageable, boolean limitable, String narrowing) {

        static ToolShape of(ToolDefinition tool) {
            JsonNode properties = JSON.readTree(tool.inputSchema()).path("properties");
            String narrowing = properties.has("section") ? "ask for one configuration section with 'section' "
                    + "(e.g. \"interfaces\" or \"protocols bgp\")."
                    : properties.has("command") ? "append '| match PATTERN', '| except PATTERN' or '| count' to "
                            + "the command, or ask for less (e.g. 'show route 10.0.0.0/8')." : "";
            return new ToolShape(properties.has(OutputArguments.OFFSET), properties.has(OutputArguments.MAX_OUTPUT_BYTES),
                    narrowing);
        }
    }

    /** The call that gets the next page: the same tool and arguments, with {@code offset}. */
    private record Continuation(String tool, Map<String, Object> arguments, ToolShape shape) {

        String next(int offset, HeldOutput output) {
            if (!shape.pageable()) {
                return output.id() == null ? "none: the output is not kept, ask for less"
                        : "resources/read " + HeldOutputResource.uriOf(output.id(), offset);
            }
            Map<String, Object> call = new java.util.LinkedHashMap<>(arguments);
            call.put(OutputArguments.OFFSET, offset);
            return tool + call.entrySet().stream()
                    .map(argument -> argument.getKey() + "=" + JSON.writeValueAsString(argument.getValue()))
                    .collect(Collectors.joining(", ", "(", ")"));
        }
    }
}
