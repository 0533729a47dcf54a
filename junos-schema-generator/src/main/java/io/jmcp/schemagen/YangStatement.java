package io.jmcp.schemagen;

import java.util.List;

/**
 * One YANG statement (RFC 7950 section 6.3): a keyword, an optional argument and its
 * substatements. {@code line} locates it in its file for the generator's error messages.
 */
record YangStatement(String keyword, String argument, List<YangStatement> children, int line) {

    /** The argument of the first substatement with this keyword, or null. */
    String childArgument(String childKeyword) {
        for (YangStatement child : children) {
            if (child.keyword.equals(childKeyword)) {
                return child.argument;
            }
        }
        return null;
    }

    /** The first substatement with this keyword, or null. */
    YangStatement child(String childKeyword) {
        for (YangStatement child : children) {
            if (child.keyword.equals(childKeyword)) {
                return child;
            }
        }
        return null;
    }
}
