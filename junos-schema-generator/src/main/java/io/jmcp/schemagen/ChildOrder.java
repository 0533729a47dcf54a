package io.jmcp.schemagen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a merged statement's children, from the orders its families give them (Junos
 * prints children in schema order). Each family's order is kept: a child only some families have
 * goes right after its predecessor in the first family that has it, not to the end, so that every
 * family reads its own YANG order in the merged list as long as the families agree.
 */
final class ChildOrder {

    private ChildOrder() {
    }

    static List<String> merge(List<List<String>> familyOrders) {
        List<String> merged = new ArrayList<>();
        for (List<String> order : familyOrders) {
            int cursor = 0;
            for (String name : order) {
                int at = merged.indexOf(name);
                if (at < 0) {
                    merged.add(cursor, name);
                    cursor++;
                } else {
                    cursor = at + 1;
                }
            }
        }
        return merged;
    }

    /** Whether every family's children appear in {@code merged} in that family's order. */
    static boolean respectsAll(List<String> merged, List<List<String>> familyOrders) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < merged.size(); i++) {
            positions.put(merged.get(i), i);
        }
        for (List<String> order : familyOrders) {
            int previous = -1;
            for (String name : order) {
                int position = positions.get(name);
                if (position < previous) {
                    return false;
                }
                previous = position;
            }
        }
        return true;
    }
}
