package io.jmcp.netconf.reply;

import io.jmcp.netconf.JunosReplies;
import io.jmcp.netconf.error.RpcError;
import io.jmcp.netconf.error.RpcErrorException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A device that answers with replies captured from real devices, and refuses every other RPC
 * the way Junos refuses an RPC it does not know. Records what was asked and what was closed.
 */
final class RecordedDevice implements ReplySource {
    private final Map<String, String> replyFiles = new HashMap<>();
    private final Map<String, String> replyTexts = new HashMap<>();
    private final List<String> requests = new ArrayList<>();
    private int openReplies;

    /** Answers {@code request} with the captured reply {@code file} (relative to junos-replies). */
    RecordedDevice answer(String request, String file) {
        replyFiles.put(request, file);
        return this;
    }

    /** Answers {@code request} with {@code reply}. */
    RecordedDevice answerWith(String request, String reply) {
        replyTexts.put(request, reply);
        return this;
    }

    List<String> requests() {
        return requests;
    }

    int openReplies() {
        return openReplies;
    }

    @Override
    public InputStream call(String rpcRequestXml) {
        requests.add(rpcRequestXml);
        InputStream reply;
        if (replyFiles.containsKey(rpcRequestXml)) {
            reply = JunosReplies.open(replyFiles.get(rpcRequestXml));
        } else if (replyTexts.containsKey(rpcRequestXml)) {
            reply = JunosReplies.xml(replyTexts.get(rpcRequestXml));
        } else {
            throw new RpcErrorException(List.of(new RpcError(RpcError.Severity.ERROR, "protocol",
                    "operation-failed", null, "syntax error", rpcRequestXml)));
        }
        openReplies++;
        return new FilterInputStream(reply) {
            private boolean closed;

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    openReplies--;
                }
                super.close();
            }
        };
    }
}
