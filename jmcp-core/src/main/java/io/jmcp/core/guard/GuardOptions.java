package io.jmcp.core.guard;

import java.time.Duration;
import java.util.Objects;

/**
 * The guardrails a server operator may relax or tune.
 *
 * @param lockoutProtection  refuse changes that would take away jmcp's own access to a router
 *                           ({@code --allow-lockout-changes} turns it off)
 * @param templateTimeLimit  how long a template may render before it is stopped
 * @param allowLinkLocalHosts accept add_device hosts in 169.254.0.0/16 and fe80::/10 (cloud
 *                           metadata services live there)
 * @param approval           whether a person approves each change before its commit
 */
public record GuardOptions(boolean lockoutProtection, Duration templateTimeLimit, boolean allowLinkLocalHosts,
        ApprovalOptions approval) {
    public static final Duration DEFAULT_TEMPLATE_TIME_LIMIT = Duration.ofSeconds(10);

    public GuardOptions {
        Objects.requireNonNull(templateTimeLimit, "templateTimeLimit");
        Objects.requireNonNull(approval, "approval");
        if (templateTimeLimit.isNegative() || templateTimeLimit.isZero()) {
            throw new IllegalArgumentException("the template time limit must be positive, got " + templateTimeLimit);
        }
    }

    /** Lock-out protection on, 10 s per template, link-local hosts refused, changes committed without asking. */
    public static GuardOptions defaults() {
        return new GuardOptions(true, DEFAULT_TEMPLATE_TIME_LIMIT, false, ApprovalOptions.none());
    }

    public GuardOptions withLockoutProtection(boolean on) {
        return new GuardOptions(on, templateTimeLimit, allowLinkLocalHosts, approval);
    }

    public GuardOptions withTemplateTimeLimit(Duration limit) {
        return new GuardOptions(lockoutProtection, limit, allowLinkLocalHosts, approval);
    }

    public GuardOptions withLinkLocalHosts(boolean allowed) {
        return new GuardOptions(lockoutProtection, templateTimeLimit, allowed, approval);
    }

    public GuardOptions withApproval(ApprovalOptions approval) {
        return new GuardOptions(lockoutProtection, templateTimeLimit, allowLinkLocalHosts, approval);
    }
}
