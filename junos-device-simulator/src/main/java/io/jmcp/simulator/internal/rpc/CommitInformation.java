package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.CommitRecord;
import io.jmcp.simulator.internal.device.JunosTime;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.List;

/** {@code get-commit-information} ({@code show system commit}): the rollback history, newest first. */
final class CommitInformation implements OperationalRpc {

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        List<CommitRecord> history = context.device().store().history();
        XmlWriter xml = new XmlWriter().start("commit-information");
        for (int i = 0; i < history.size(); i++) {
            CommitRecord commit = history.get(i);
            xml.start("commit-history")
                    .leaf("sequence-number", i)
                    .leaf("user", commit.user())
                    .leaf("client", commit.client())
                    .leaf("date-time", JunosTime.format(commit.time()), "junos:seconds", commit.time().getEpochSecond());
            if (commit.isConfirmed()) {
                // junos-rpc-system's commit-information-block names the leaf commit-confirmed.
                xml.leaf("commit-confirmed", "rollback in " + commit.confirmMinutes() + "mins");
            }
            commit.commentIfAny().ifPresent(comment -> xml.leaf("log", comment));
            xml.end();
        }
        return xml.end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        List<CommitRecord> history = context.device().store().history();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < history.size(); i++) {
            CommitRecord commit = history.get(i);
            text.append(String.format("%-4d", i)).append(JunosTime.format(commit.time()))
                    .append(" by ").append(commit.user()).append(" via ").append(commit.client());
            if (commit.isConfirmed()) {
                text.append(" commit confirmed, rollback in ").append(commit.confirmMinutes()).append("mins");
            }
            text.append('\n');
            commit.commentIfAny().ifPresent(comment -> text.append("    ").append(comment).append('\n'));
        }
        return text.toString();
    }
}
