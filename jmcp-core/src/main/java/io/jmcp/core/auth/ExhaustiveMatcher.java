package io.jmcp.core.auth;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the candidate that matches by testing every one of them, even after a match, so that how long
 * a lookup takes says nothing about which token (if any) was presented.
 */
final class ExhaustiveMatcher {

    private ExhaustiveMatcher() {
    }

    static <T> Optional<T> findMatch(List<T> candidates, Predicate<? super T> matches) {
        T found = null;
        for (T candidate : candidates) {
            boolean match = matches.test(candidate);
            if (match && found == null) {
                found = candidate;
            }
        }
        return Optional.ofNullable(found);
    }
}
