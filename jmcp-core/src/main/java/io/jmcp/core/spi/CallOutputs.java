package io.jmcp.core.spi;

import java.util.Map;

/**
 * The result budget of one call, for a tool that cuts parts of its result itself (a batch cuts each
 * router's output to its share): cuts a text at a line boundary and keeps the whole of it for the
 * caller.
 */
public interface CallOutputs {

    /** The bytes of text this call's result may hold. */
    int budget();

    /**
     * {@code text} cut to its first lines within {@code maxBytes}; when cut, its whole is kept for
     * the caller as the output of {@code tool} called with {@code arguments}, so that this call with
     * {@code offset} continues it.
     */
    Cut cut(String text, int maxBytes, String tool, Map<String, Object> arguments);

    /**
     * A text as a result shows it.
     *
     * @param shown      what is shown: all of it, or its first whole lines
     * @param truncated  whether lines were left out
     * @param shownLines lines shown, when cut
     * @param lines      lines of the whole text, when cut
     * @param wholeUri   where the whole text can be read when it was cut and is kept, else null
     */
    record Cut(String shown, boolean truncated, int shownLines, int lines, String wholeUri) {
    }
}
