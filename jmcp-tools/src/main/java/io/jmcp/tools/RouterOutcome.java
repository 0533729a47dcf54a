package io.jmcp.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.util.List;

/**
 * How a {@link NetworkTransaction} ended on one router; serialised as is in its structured content.
 *
 * @param router   the router
 * @param status   what the transaction left on it
 * @param diff     its change in {@code show | compare} form; empty when it had none or failed before the diff
 * @param warnings the router's warnings (load, check, commit), each described
 * @param message  one sentence saying what happened there
 */
record RouterOutcome(@JsonProperty("router_name") String router, ChangeStatus status,
                     @JsonPropertyDescription("the change in 'show | compare' form") String diff,
                     List<String> warnings, String message) {

    RouterOutcome {
        warnings = List.copyOf(warnings);
    }

    RouterOutcome with(ChangeStatus newStatus, String newMessage) {
        return new RouterOutcome(router, newStatus, diff, warnings, newMessage);
    }
}
