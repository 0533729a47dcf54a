package io.jmcp.netconf.reply;

import io.jmcp.netconf.RpcError;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A reply element in which Junos reports its own errors and warnings: {@code <rpc-error>},
 * {@code <xnm:error>}, {@code <xnm:warning>} (the latter two bound by local name).
 */
@XmlTransient
public abstract class ErrorCarrier {
    @XmlElement(name = "rpc-error")
    private List<RpcErrorElement> rpcErrors = new ArrayList<>();
    @XmlElement(name = "error")
    private List<XnmMessage> xnmErrors = new ArrayList<>();
    @XmlElement(name = "warning")
    private List<XnmMessage> xnmWarnings = new ArrayList<>();

    ErrorCarrier() {
        // subclassed by the bindings of this package only
    }

    /** The errors and warnings reported in this element: rpc-errors first, then xnm ones. */
    public List<RpcError> errors() {
        return Stream.of(
                        rpcErrors.stream().map(RpcErrorElement::toRpcError),
                        xnmErrors.stream().map(error -> error.toRpcError(RpcError.Severity.ERROR)),
                        xnmWarnings.stream().map(warning -> warning.toRpcError(RpcError.Severity.WARNING)))
                .flatMap(Function.identity())
                .toList();
    }

    /** True when {@link #errors()} holds warnings only. */
    boolean hasNoErrors() {
        return errors().stream().allMatch(RpcError::isWarning);
    }
}
