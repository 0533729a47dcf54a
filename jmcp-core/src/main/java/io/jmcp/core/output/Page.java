package io.jmcp.core.output;

/**
 * Consecutive lines of an output, as one result shows them.
 *
 * @param text      the lines, byte for byte as the output holds them
 * @param offset    lines of the output before this page
 * @param lines     lines on this page (a line longer than a whole page counts as shown, cut)
 * @param lineCut   the page's only line was longer than the page and is cut short
 */
public record Page(String text, int offset, int lines, boolean lineCut) {

    /** The offset of the line after this page. */
    public int nextOffset() {
        return offset + lines;
    }
}
