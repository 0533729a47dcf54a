package io.jmcp.core.output;

import io.jmcp.core.spi.CallOutputs;

import java.util.Map;
import java.util.Optional;

/** The result budget of one call, whose cut texts are kept whole in the {@link OutputStore}. */
final class HeldCallOutputs implements CallOutputs {
    private final OutputStore store;
    private final String owner;
    private final int budget;

    HeldCallOutputs(OutputStore store, String owner, int budget) {
        this.store = store;
        this.owner = owner;
        this.budget = budget;
    }

    @Override
    public int budget() {
        return budget;
    }

    @Override
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
}
