package io.jmcp.core.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Judges a change by what it does to the router's configuration, whatever its spelling (delete,
 * deactivate, inactive:, replace, override, groups, wildcards, rename, copy, insert, rollback):
 * the router's configuration with groups inherited, before and after the load, compared
 * statement by statement.
 * <ul>
 *   <li>a statement written or removed anywhere (inactive parts and groups included) is checked
 *       as {@code set ...} / {@code delete ...}: nobody plants authentication in an inactive
 *       hierarchy to activate it later;</li>
 *   <li>a statement that leaves the configuration in effect (deleted, deactivated, no longer
 *       inherited) is checked as {@code delete ...};</li>
 *   <li>a statement that comes into effect only because it is activated again, unchanged, is not a
 *       change of a protected value: activating restores what the router's owner configured;</li>
 *   <li>deactivations added or dropped are checked, as {@code deactivate ...} / {@code activate ...},
 *       against the patterns that do not guard a configuration path (those judge the effect).</li>
 * </ul>
 */
final class ChangeEffect {
    private static final String ADDS = "the change would add";
    private static final String REMOVES = "the change would remove";
    private static final String TAKES_OUT_OF_EFFECT = "the change would take out of the configuration in effect";

    private ChangeEffect() {
    }

    /** @throws BlockedException naming the first statement a rule refuses, and what the change does to it */
    static void check(List<ConfigRule> rules, RouterConfiguration before, RouterConfiguration after) {
        List<ConfigRule> otherRules = rules.stream().filter(rule -> !rule.guardsPath()).toList();
        checkEach(rules, "set", ADDS, RouterConfiguration.missingFrom(before.statements(), after.statements()),
                after.statements());
        checkEach(rules, "delete", REMOVES, RouterConfiguration.missingFrom(after.statements(), before.statements()),
                before.statements());
        checkEach(rules, "delete", TAKES_OUT_OF_EFFECT,
                RouterConfiguration.missingFrom(after.effective(), before.effective()), before.effective());
        checkEach(otherRules, "deactivate", ADDS,
                RouterConfiguration.missingFrom(before.deactivated(), after.deactivated()), after.deactivated());
        checkEach(otherRules, "activate", REMOVES,
                RouterConfiguration.missingFrom(after.deactivated(), before.deactivated()), before.deactivated());
    }

    private static void checkEach(List<ConfigRule> rules, String verb, String effect, List<List<String>> paths,
            Map<List<String>, String> lines) {
        for (List<String> path : paths) {
            for (List<String> reading : readings(verb, path)) {
                for (ConfigRule rule : rules) {
                    if (rule.matches(reading)) {
                        throw BlockedException.ofEffect(effect, lines.get(path), rule.source());
                    }
                }
            }
        }
    }

    /** The line itself and, for a statement of a group, the statement the group applies. */
    private static List<List<String>> readings(String verb, List<String> path) {
        List<List<String>> readings = new ArrayList<>();
        readings.add(prefixed(verb, path));
        if (path.size() > 2 && path.get(0).equals("groups")) {
            readings.add(prefixed(verb, path.subList(2, path.size())));
        }
        return readings;
    }

    private static List<String> prefixed(String verb, List<String> path) {
        List<String> line = new ArrayList<>(path.size() + 1);
        line.add(verb);
        line.addAll(path);
        return line;
    }
}
