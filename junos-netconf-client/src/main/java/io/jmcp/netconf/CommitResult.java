package io.jmcp.netconf;

import io.jmcp.netconf.error.RpcError;
import java.util.List;

/**
 * A successful commit or commit check.
 *
 * @param warnings the warnings Junos gave (e.g. from commit scripts), in order
 */
public record CommitResult(List<RpcError> warnings) {
    public CommitResult {
        warnings = List.copyOf(warnings);
    }
}
