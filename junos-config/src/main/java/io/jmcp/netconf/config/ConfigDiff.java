package io.jmcp.netconf.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The differences between two configurations in the style of Junos {@code show | compare}:
 * {@code [edit ...]} banners naming the hierarchy level, then {@code -} / {@code +} lines with the
 * statements as {@code show configuration} prints them (a whole added or deleted hierarchy is
 * printed in full, each line marked).
 *
 * <p>Choices where Junos's own output is not fully documented (each is one fixed rule here):
 * <ul>
 *   <li>Statement lines carry the sign, then the statement indented as under its banner: two
 *       spaces at {@code [edit]}, three elsewhere, four more per level below.</li>
 *   <li>A changed leaf prints {@code -} with the old line, then {@code +} with the new one; a
 *       changed one-line statement ({@code route 0/0 next-hop 10.0.0.1;}) likewise as a whole.</li>
 *   <li>Leaf-lists ({@code members [ a b ]}) print the removed and added values, or the whole old
 *       and new list when the order of the kept values changed.</li>
 *   <li>An entry added to a user-ordered list (terms, BGP neighbors, route-filters, interface
 *       addresses, security policies) is preceded by its predecessor as an unmarked context line
 *       {@code term a { ... }}, as Junos does; an entry moved within such a list ({@code insert})
 *       is shown as {@code !} followed by its summary, after the same context line.</li>
 *   <li>Activation changes print {@code !} with {@code inactive:} / {@code active:} and the
 *       statement's summary ({@code !    inactive: ge-0/0/1 { ... }}); protection likewise with
 *       {@code protect:} / {@code unprotect:}.</li>
 *   <li>Annotation-only changes are not shown.</li>
 * </ul>
 */
public final class ConfigDiff {

    private ConfigDiff() {
    }

    /** The differences turning {@code before} into {@code after}; empty when there are none. */
    public static String compare(Configuration before, Configuration after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Printer printer = new Printer();
        printer.compareChildren(new ArrayList<>(), before.root(), after.root());
        return printer.text.toString();
    }

    /** Walks both trees together and prints each difference under the banner of its level. */
    private static final class Printer {
        final StringBuilder text = new StringBuilder();
        private String banner;

        void compareChildren(List<Node> ancestors, Node before, Node after) {
            if (before == after) {
                return;
            }
            List<Node> old = before.children();
            List<Node> now = after.children();
            int[] matchInOld = match(old, now);
            boolean[] moved = moved(matchInOld, now);
            boolean[] done = new boolean[old.size()];
            for (int j : matchInOld) {
                if (j >= 0) {
                    done[j] = true;
                }
            }
            boolean[] kept = done.clone();
            boolean[] reshaped = reshaped(old, now, matchInOld, done);
            int printedBefore = 0;
            for (int i = 0; i < now.size(); i++) {
                if (reshaped[i]) {
                    continue;
                }
                int j = matchInOld[i];
                if (j >= 0 && !moved[i]) {
                    printDeleted(ancestors, old, done, j);
                    printedBefore = Math.max(printedBefore, j + 1);
                }
                Node statement = now.get(i);
                Node previous = i > 0 ? now.get(i - 1) : null;
                if (j < 0) {
                    printedBefore = deletedBefore(after, old, kept, statement, printedBefore);
                    printDeleted(ancestors, old, done, printedBefore);
                    added(ancestors, statement, previous, i > 0 && matchInOld[i - 1] >= 0);
                } else {
                    if (moved[i]) {
                        movedEntry(ancestors, statement, previous);
                    }
                    compareStatement(ancestors, old.get(j), statement);
                }
            }
            printDeleted(ancestors, old, done, old.size());
        }

        /** For each statement of {@code now}, the index of the same statement in {@code old}, or -1. */
        private static int[] match(List<Node> old, List<Node> now) {
            Map<String, Integer> oldIndex = new HashMap<>();
            for (int j = 0; j < old.size(); j++) {
                oldIndex.putIfAbsent(identity(old.get(j)), j);
            }
            int[] matches = new int[now.size()];
            for (int i = 0; i < now.size(); i++) {
                Integer j = oldIndex.get(identity(now.get(i)));
                matches[i] = j != null && old.get(j).kind() == now.get(i).kind() ? j : -1;
            }
            return matches;
        }

        /**
         * The statements the schema does not know that both sides hold in another shape with the same
         * set lines ({@code a b; a c;} and {@code a { b; c; }}): the same configuration
         * ({@link Node#equals}), so neither side is printed. Marks them done in {@code old}; answers
         * which statements of {@code now} they are.
         */
        private static boolean[] reshaped(List<Node> old, List<Node> now, int[] matchInOld, boolean[] done) {
            boolean[] reshaped = new boolean[now.size()];
            Map<String, List<Integer>> gone = unmatchedUnknown(old, done);
            if (gone.isEmpty()) {
                return reshaped;
            }
            boolean[] matched = new boolean[now.size()];
            for (int i = 0; i < now.size(); i++) {
                matched[i] = matchInOld[i] >= 0;
            }
            unmatchedUnknown(now, matched).forEach((keyword, added) -> {
                List<Integer> deleted = gone.get(keyword);
                if (deleted != null && linesOf(old, deleted).equals(linesOf(now, added))) {
                    deleted.forEach(j -> done[j] = true);
                    added.forEach(i -> reshaped[i] = true);
                }
            });
            return reshaped;
        }

        /** The positions of the statements the schema does not know that have no counterpart, by keyword. */
        private static Map<String, List<Integer>> unmatchedUnknown(List<Node> statements, boolean[] matched) {
            Map<String, List<Integer>> byKeyword = new HashMap<>();
            for (int i = 0; i < statements.size(); i++) {
                Node statement = statements.get(i);
                if (!matched[i] && !statement.spec.known && statement.keyword != null) {
                    byKeyword.computeIfAbsent(statement.keyword, keyword -> new ArrayList<>()).add(i);
                }
            }
            return byKeyword;
        }

        private static List<String> linesOf(List<Node> statements, List<Integer> positions) {
            List<String> lines = new ArrayList<>();
            positions.forEach(i -> lines.addAll(SetWriter.linesOf(statements.get(i))));
            return lines;
        }

        private static String identity(Node node) {
            return node.keyword + "\u0000" + (node.keys == null ? "" : String.join("\u0000", node.keys));
        }

        /**
         * Entries of user-ordered lists whose order relative to the other entries of their list
         * changed: those outside the longest run of that list kept in order. Where different
         * statements stand is no change (Junos's order, or the order written at the top level).
         */
        private static boolean[] moved(int[] matchInOld, List<Node> now) {
            boolean[] moved = new boolean[now.size()];
            Map<String, List<Integer>> keptByList = new HashMap<>();
            for (int i = 0; i < now.size(); i++) {
                if (matchInOld[i] >= 0 && now.get(i).spec.ordered) {
                    keptByList.computeIfAbsent(now.get(i).keyword, keyword -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> kept : keptByList.values()) {
                boolean[] inOrder = longestIncreasing(kept, matchInOld);
                for (int k = 0; k < kept.size(); k++) {
                    moved[kept.get(k)] = !inOrder[k];
                }
            }
            return moved;
        }

        /** Marks the longest subsequence of {@code positions} whose old indexes increase (patience sorting). */
        private static boolean[] longestIncreasing(List<Integer> positions, int[] matchInOld) {
            int n = positions.size();
            int[] tails = new int[n];
            int[] previous = new int[n];
            int length = 0;
            for (int k = 0; k < n; k++) {
                int value = matchInOld[positions.get(k)];
                int low = 0;
                int high = length;
                while (low < high) {
                    int middle = (low + high) >>> 1;
                    if (matchInOld[positions.get(tails[middle])] < value) {
                        low = middle + 1;
                    } else {
                        high = middle;
                    }
                }
                previous[k] = low > 0 ? tails[low - 1] : -1;
                tails[low] = k;
                length = Math.max(length, low + 1);
            }
            boolean[] inOrder = new boolean[n];
            for (int k = length > 0 ? tails[length - 1] : -1; k >= 0; k = previous[k]) {
                inOrder[k] = true;
            }
            return inOrder;
        }

        /** Prints the statements of {@code old} before {@code end} that are gone and not yet printed. */
        private void printDeleted(List<Node> ancestors, List<Node> old, boolean[] done, int end) {
            for (int j = 0; j < end; j++) {
                if (!done[j]) {
                    done[j] = true;
                    block(ancestors, '-', old.get(j));
                }
            }
        }

        /**
         * How many old statements Junos prints before an added one: both lists are in
         * {@link StatementOrder}, so a deletion shows where it stood relative to an addition too;
         * one of the same rank (an entry of the same list, a repetition) that stood where the
         * addition stands goes first, as a changed leaf's old line does.
         * Additions come in that order, so each search goes on from the previous one's answer.
         */
        private static int deletedBefore(Node parent, List<Node> old, boolean[] kept, Node added, int from) {
            int rank = StatementOrder.rank(parent.spec, added);
            int end = from;
            while (end < old.size()) {
                int oldRank = StatementOrder.rank(parent.spec, old.get(end));
                if (oldRank > rank || (oldRank == rank && kept[end])) {
                    break;
                }
                end++;
            }
            return end;
        }

        private void added(List<Node> ancestors, Node statement, Node previous, boolean previousKept) {
            if (statement.spec.ordered && previousKept && sameList(previous, statement)) {
                line(ancestors, ' ', TextRenderer.summary(previous));
            }
            block(ancestors, '+', statement);
        }

        private void movedEntry(List<Node> ancestors, Node statement, Node previous) {
            if (sameList(previous, statement)) {
                line(ancestors, ' ', TextRenderer.summary(previous));
            }
            line(ancestors, '!', TextRenderer.summary(statement));
        }

        private static boolean sameList(Node previous, Node statement) {
            return previous != null && Objects.equals(previous.keyword, statement.keyword) && previous.spec == statement.spec;
        }

        private void compareStatement(List<Node> ancestors, Node before, Node after) {
            if (before == after) {
                return;
            }
            if (before.spec.isValueHolder()) {
                compareValues(ancestors, before, after);
                return;
            }
            boolean wholeLine = TextRenderer.inlines(before) || TextRenderer.inlines(after)
                    || !Arrays.equals(before.values(), after.values());
            if (wholeLine) {
                if (!before.equals(after)) {
                    block(ancestors, '-', before);
                    block(ancestors, '+', after);
                }
                return;
            }
            compareState(ancestors, before, after);
            ancestors.add(after);
            compareChildren(ancestors, before, after);
            ancestors.remove(ancestors.size() - 1);
        }

        private void compareValues(List<Node> ancestors, Node before, Node after) {
            if (!Arrays.equals(before.values(), after.values())) {
                if (after.kind() == Spec.Kind.LEAF_LIST && keptInOrder(before.values(), after.values())) {
                    valueLines(ancestors, '-', before, without(before.values(), after.values()));
                    valueLines(ancestors, '+', after, without(after.values(), before.values()));
                } else {
                    block(ancestors, '-', before);
                    block(ancestors, '+', after);
                }
                if ((before.flags() & Node.STORED) == (after.flags() & Node.STORED)) {
                    return;
                }
            }
            compareState(ancestors, before, after);
        }

        private void valueLines(List<Node> ancestors, char sign, Node list, String[] values) {
            if (values.length == 0) {
                return;
            }
            Node shown = new Node(list.spec, list.keyword, null, null);
            shown.setValues(values);
            shown.setFlag(list.flags() & Node.STORED, true);
            block(ancestors, sign, shown);
        }

        private void compareState(List<Node> ancestors, Node before, Node after) {
            String summary = TextRenderer.bareSummary(after);
            if (before.has(Node.INACTIVE) != after.has(Node.INACTIVE)) {
                line(ancestors, '!', (after.has(Node.INACTIVE) ? "inactive: " : "active: ") + summary);
            }
            if (before.has(Node.PROTECT) != after.has(Node.PROTECT)) {
                line(ancestors, '!', (after.has(Node.PROTECT) ? "protect: " : "unprotect: ") + summary);
            }
        }

        private void block(List<Node> ancestors, char sign, Node statement) {
            for (String statementLine : TextRenderer.lines(statement)) {
                line(ancestors, sign, statementLine);
            }
        }

        private void line(List<Node> ancestors, char sign, String statementLine) {
            String levelBanner = Heads.editPath(ancestors);
            if (!levelBanner.equals(banner)) {
                text.append(levelBanner).append('\n');
                banner = levelBanner;
            }
            text.append(sign).append(ancestors.isEmpty() ? "  " : "   ").append(statementLine).append('\n');
        }

        private static boolean keptInOrder(String[] before, String[] after) {
            List<String> keptBefore = new ArrayList<>(Arrays.asList(before));
            keptBefore.retainAll(Arrays.asList(after));
            List<String> keptAfter = new ArrayList<>(Arrays.asList(after));
            keptAfter.retainAll(Arrays.asList(before));
            return keptBefore.equals(keptAfter);
        }

        private static String[] without(String[] values, String[] removed) {
            List<String> rest = new ArrayList<>(Arrays.asList(values));
            rest.removeAll(Arrays.asList(removed));
            return rest.toArray(String[]::new);
        }
    }
}
