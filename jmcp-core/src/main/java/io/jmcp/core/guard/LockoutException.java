package io.jmcp.core.guard;

/** A change refused because it would lock jmcp out of the router ({@link LockoutCheck}). */
public final class LockoutException extends BlockedException {

    LockoutException(String statement, String what, ManagementAccess access) {
        super(Kind.LOCKOUT, statement, null, "Lock-out protection refused the change: " + what
                + ", and jmcp reaches this router through it (" + access.describe() + "): once committed, jmcp "
                + "could no longer manage the router. " + LockoutCheck.DELIBERATE + " Nothing was committed.");
    }
}
