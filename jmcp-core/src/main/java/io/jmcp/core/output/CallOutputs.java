package io.jmcp.core.output;

import java.util.Map;
import java.util.Optional;

/**
 * The result budget of one call, for a tool that cuts parts of its result itself (a batch cuts each
 * router's output to its share): cuts a text at a line boundary and keeps the whole of it for the
 * caller.
 */
public final class CallOutputs {
    private final OutputStore store;
    private final String owner;
    private final int budget;

    CallOutputs(OutputStore store, String owner, int budget) {
        this.store = store;
        this.owner = owner;
        this.budget = budget;
    }

    /** The bytes of text this call's result may hold. */
    public int budget() {
        return budget;
    }

    /**
     * {@code text} cut to its first lines within {@code maxBytes}; when cut, its whole is kept for
     * the caller as the output of {@code tool} called with {@code arguments}, so that this call with
     * {@code offset} continues it.
     */
    public Cut cut(String text, int maxBytes, String tool, Map<String, Object> arguments) {
        return cut(text, maxBytes, ResultBudget.source(tool, arguments));
    }

    /** {@code text} cut to its first lines within {@code maxBytes}; when cut, kept whole as {@code source}. */
    Cut cut(String text, int maxBytes, String source) {
        if (OutputText.utf8Length(text) <= maxBytes) {
            return new Cut(text, false, 0, 0, null);
        }
        OutputText whole = OutputText.of(text);
        Optional<HeldOutput> kept = store.hold(owner, source, whole);
        HeldOutput output = kept.orElseGet(() -> HeldOutput.inMemory(null, owner, source, null, whole));
        Page page = output.page(0, maxBytes);
        return new Cut(page.lineCut() ? "" : page.text(), true, page.lineCut() ? 0 : page.lines(), output.lineCount(),
                kept.map(HeldOutput::uri).orElse(null));
    }

    /**
     * A text as a result shows it.
     *
     * @param shown      what is shown: all of it, or its first whole lines
     * @param truncated  whether lines were left out
     * @param shownLines lines shown, when cut
     * @param lines      lines of the whole text, when cut
     * @param wholeUri   where the whole text can be read when it was cut and is kept, else null
     */
    public record Cut(String shown, boolean truncated, int shownLines, int lines, String wholeUri) {
    }
}
