package io.jmcp.tools;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The mark a {@link NetworkTransaction} puts in the comment of every commit it makes, e.g.
 * {@code [jmcp transaction 3f9a2c1b]}: a rollback finds the transaction's commit in a router's
 * history by it, and a person finds the routers of one transaction in their commit logs.
 */
final class TransactionMark {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TransactionMark() {
    }

    /** A new transaction id: 8 hexadecimal digits. */
    static String newId() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String of(String id) {
        return "[jmcp transaction " + id + "]";
    }

    /** The caller's comment followed by the mark. */
    static String comment(String comment, String id) {
        return comment + " " + of(id);
    }
}
