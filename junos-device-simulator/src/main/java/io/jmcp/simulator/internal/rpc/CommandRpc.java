package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.cli.CliGrammar.Invocation;
import io.jmcp.simulator.internal.cli.CliSyntaxException;
import io.jmcp.simulator.internal.cli.CommandLine;
import io.jmcp.simulator.internal.cli.Pipes;
import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcHandler;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.SafeXml;
import io.jmcp.simulator.internal.xml.XmlWriter;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Junos {@code <command>}: a CLI command, translated into the RPC it stands for and answered by
 * that RPC's handler in the format asked ({@code format} attribute, or a display pipe).
 * {@code show configuration} has its own rendering; unknown words get Junos's
 * {@code syntax error, expecting <command>} naming the word.
 */
final class CommandRpc implements RpcHandler {

    @Override
    public String handle(RpcRequest request, RpcContext context) {
        CommandLine line = CommandLine.parse(request.element().getTextContent().strip());
        Pipes pipes;
        Invocation invocation;
        try {
            pipes = Pipes.parse(line.pipes());
            invocation = CliCommands.of(context.device().spec().platform()).resolve(line.words());
        } catch (CliSyntaxException e) {
            throw new RpcException(JunosError.unknownCommand(e.word()));
        }
        String format = pipes.format().orElse(request.format());
        Element rpc = toElement(invocation);
        if (pipes.displayXmlRpc()) {
            return new XmlWriter().start("rpc").fragment(SafeXml.serialize(rpc)).end().toString();
        }
        if (invocation.rpc().equals(CliCommands.SHOW_CONFIGURATION)) {
            return ShowConfiguration.render(invocation.rest(), pipes, format, context);
        }
        if (pipes.configurationOnly()) {
            throw new RpcException(JunosError.unknownCommand(pipes.displaySet() ? "set" : pipes.inheritance()
                    ? "inheritance" : "compare"));
        }
        return context.invoke(RpcRequest.of(rpc).withFormat(format));
    }

    private static Element toElement(Invocation invocation) {
        Document document = SafeXml.newDocument();
        Element rpc = document.createElement(invocation.rpc());
        document.appendChild(rpc);
        invocation.attributes().forEach(rpc::setAttribute);
        for (String flag : invocation.flags()) {
            int equals = flag.indexOf('=');
            Element child = document.createElement(equals < 0 ? flag : flag.substring(0, equals));
            if (equals >= 0) {
                child.setTextContent(flag.substring(equals + 1));
            }
            rpc.appendChild(child);
        }
        invocation.arguments().forEach((name, value) -> {
            Element child = document.createElement(name);
            child.setTextContent(value);
            rpc.appendChild(child);
        });
        return rpc;
    }
}
