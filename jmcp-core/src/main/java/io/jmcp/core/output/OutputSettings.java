package io.jmcp.core.output;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How big a result may be and how cut outputs are kept.
 *
 * @param resultBudgetBytes UTF-8 bytes of text one tool result or resource read may hold; calls may only lower it
 * @param keepFor           how long the whole output of a cut result stays readable
 * @param memoryBudgetBytes bytes all kept outputs may take together (in memory, or on disk with a folder)
 * @param folder            where kept outputs are written (files of mode 0600), or null to keep them in memory
 */
public record OutputSettings(int resultBudgetBytes, Duration keepFor, long memoryBudgetBytes, Path folder) {
    public static final int DEFAULT_RESULT_BUDGET = 100 * 1024;
    /** Below this a page could not hold the note that explains the cut. */
    public static final int MIN_RESULT_BUDGET = 2 * 1024;
    public static final Duration DEFAULT_KEEP_FOR = Duration.ofMinutes(15);
    public static final long DEFAULT_MEMORY_BUDGET = 256L * 1024 * 1024;

    public OutputSettings {
        if (resultBudgetBytes < MIN_RESULT_BUDGET) {
            throw new IllegalArgumentException("the result budget must be at least " + MIN_RESULT_BUDGET
                    + " bytes, got " + resultBudgetBytes);
        }
        Objects.requireNonNull(keepFor, "keepFor");
        if (keepFor.isNegative() || keepFor.isZero()) {
            throw new IllegalArgumentException("kept outputs must be kept for a positive time, got " + keepFor);
        }
        if (memoryBudgetBytes < 0) {
            throw new IllegalArgumentException("the memory budget of kept outputs must not be negative");
        }
    }

    public static OutputSettings defaults() {
        return new OutputSettings(DEFAULT_RESULT_BUDGET, DEFAULT_KEEP_FOR, DEFAULT_MEMORY_BUDGET, null);
    }

    public OutputSettings withResultBudget(int bytes) {
        return new OutputSettings(bytes, keepFor, memoryBudgetBytes, folder);
    }

    public OutputSettings withFolder(Path outputFolder) {
        return new OutputSettings(resultBudgetBytes, keepFor, memoryBudgetBytes, outputFolder);
    }

    public OutputSettings withKeeping(Duration duration, long bytes) {
        return new OutputSettings(resultBudgetBytes, duration, bytes, folder);
    }
}
