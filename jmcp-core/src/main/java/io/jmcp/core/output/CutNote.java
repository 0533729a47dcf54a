package io.jmcp.core.output;

import java.util.Locale;

/**
 * The last line of a cut result: what was left out and how to get it (the call that continues, the
 * whole output's URI, the ways to narrow the output).
 */
final class CutNote {
    /** How every note starts, so that readers (and tests) can tell it from the output. */
    static final String MARK = "[jmcp] ";

    private CutNote() {
    }

    /**
     * @param page       what the result shows
     * @param total      the whole output
     * @param next       how to get the next page (a tool call or a resources/read)
     * @param whole      where the whole output lives, or why it is not kept
     * @param narrowing  how to make the output smaller, or empty
     */
    static String of(Page page, OutputSize total, int budget, String next, String whole, String narrowing) {
        long shownBytes = OutputText.utf8Length(page.text());
        StringBuilder note = new StringBuilder(page.text().endsWith("\n") || page.text().isEmpty() ? "" : "\n")
                .append(MARK).append("Output cut to fit the ").append(kilobytes(budget)).append(" result budget: ")
                .append(shownLines(page)).append(" of ").append(total.lines()).append(" shown (")
                .append(shownBytes).append(" of ").append(total.bytes()).append(" bytes); ")
                .append(total.lines() - page.nextOffset()).append(" more lines are left out. Next page: ")
                .append(next).append(". ").append(whole);
        if (!narrowing.isEmpty()) {
            note.append(" To narrow the output: ").append(narrowing);
        }
        return note.append('\n').toString();
    }

    /** Said when a continuation could not be served from a kept output. */
    static String ranAgain(Page page) {
        return (page.text().endsWith("\n") || page.text().isEmpty() ? "" : "\n") + MARK
                + "The earlier output was no longer kept, so the command ran again for this page; the device's "
                + "output may have changed since the first page.\n";
    }

    static String kept(String uri, OutputSettings settings) {
        return "Whole output: resources/read " + uri + " (pages from line N: " + uri + "/offset/N), kept "
                + settings.keepFor().toMinutes() + " minutes.";
    }

    static String notKept(OutputSettings settings) {
        return "The whole output is larger than the " + kilobytes(settings.memoryBudgetBytes())
                + " jmcp keeps, so it is not kept: each next page fetches it again.";
    }

    private static String shownLines(Page page) {
        if (page.lineCut()) {
            return "the start of line " + (page.offset() + 1) + " (cut: it alone is larger than the budget)";
        }
        return "lines " + (page.offset() + 1) + "-" + page.nextOffset();
    }

    static String kilobytes(long bytes) {
        if (bytes >= 1024L * 1024 && bytes % (1024L * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : String.format(Locale.ROOT, "%d bytes", bytes);
    }

    /** The size of a whole output. */
    record OutputSize(int lines, long bytes) {
    }
}
