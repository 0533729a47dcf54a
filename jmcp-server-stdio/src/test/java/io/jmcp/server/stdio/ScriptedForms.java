package io.jmcp.server.stdio;

import io.modelcontextprotocol.spec.McpSchema.ElicitFormRequest;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The user of an MCP client who answers the server's forms from a script: the test queues the
 * answers, every form shown is kept for its assertions, and a form nobody scripted is cancelled.
 * Given to {@link SimulatedNetwork.Builder#elicitation} as the client's elicitation handler.
 */
final class ScriptedForms implements Function<ElicitFormRequest, ElicitResult> {
    private final Deque<Supplier<ElicitResult>> answers = new ArrayDeque<>();
    private final List<ElicitFormRequest> shown = new CopyOnWriteArrayList<>();

    @Override
    public ElicitResult apply(ElicitFormRequest form) {
        shown.add(form);
        Supplier<ElicitResult> answer;
        synchronized (answers) {
            answer = answers.poll();
        }
        return answer == null ? new ElicitResult(ElicitResult.Action.CANCEL, null) : answer.get();
    }

    /** Answers the next form unscripted so far with {@code action} and {@code content}. */
    void answer(ElicitResult.Action action, Map<String, Object> content) {
        answerWith(() -> new ElicitResult(action, content));
    }

    /** Answers the next form unscripted so far with what {@code answer} gives when the form comes. */
    void answerWith(Supplier<ElicitResult> answer) {
        synchronized (answers) {
            answers.add(answer);
        }
    }

    /** The forms shown so far, in order. */
    List<ElicitFormRequest> shown() {
        return shown;
    }

    /** Forgets the answers not used and the forms shown, for the next test. */
    void forget() {
        synchronized (answers) {
            answers.clear();
        }
        shown.clear();
    }
}
