package io.jmcp.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ExhaustiveMatcherTest {

    @Test
    void testsEveryCandidateEvenAfterTheFirstMatches() {
        List<String> tested = new ArrayList<>();
        ExhaustiveMatcher.findMatch(List.of("a", "b", "c"), candidate -> {
            tested.add(candidate);
            return candidate.equals("a");
        });
        assertThat(tested).containsExactly("a", "b", "c");
    }

    @Test
    void returnsTheFirstMatchingCandidate() {
        assertThat(ExhaustiveMatcher.findMatch(List.of("ab", "b", "bc"), candidate -> candidate.startsWith("b")))
                .contains("b");
    }

    @Test
    void returnsNothingWhenNoCandidateMatches() {
        assertThat(ExhaustiveMatcher.findMatch(List.of("a", "b"), candidate -> false)).isEmpty();
    }
}
