package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.cli.CliGrammar.Invocation;
import io.jmcp.simulator.internal.cli.CliSyntaxException;
import io.jmcp.netconf.command.CommandLine;
import io.jmcp.simulator.internal.cli.Pipes;
import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcHandler;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.SafeXml;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Junos {@code <command>}: a CLI command, translated into the RPC it stands for and answered by
 * that RPC's handler in the format asked ({@code format} attribute, or a display pipe).
 * {@code show configuration} has its own rendering; unknown words get Junos's
 * {@code syntax error, expecting <command>} naming the word.
 */
final class CommandRpc implements RpcHandler {
    /** A text reply: its opening wrapper, the element holding the text, and the closing wrapper. */
    private static final Pattern TEXT_REPLY = Pattern.compile(
            "(\\s*<configuration-information>\\s*)?(<(?:output|configuration-output)>.*</(?:output|configuration-output)>)"
                    + "(\\s*</configuration-information>\\s*)?", Pattern.DOTALL);

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
            return filtered(ShowConfiguration.render(invocation.rest(), pipes, format, context), pipes);
        }
        if (pipes.configurationOnly()) {
            throw new RpcException(JunosError.unknownCommand(pipes.displaySet() ? "set" : pipes.inheritance()
                    ? "inheritance" : "compare"));
        }
        return filtered(context.invoke(RpcRequest.of(rpc).withFormat(format)), pipes);
    }

    /**
     * The reply with the line filters applied: to the text of {@code <output>} or
     * {@code <configuration-output>} when the command printed text, else to the lines of the XML
     * or JSON as the CLI would print them, which are then text in {@code <output>}.
     */
    private static String filtered(String reply, Pipes pipes) {
        if (pipes.lineFilters().isEmpty()) {
            return reply;
        }
        Matcher text = TEXT_REPLY.matcher(reply);
        if (text.matches()) {
            Element parsed = SafeXml.parse(new ByteArrayInputStream(text.group(2).getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
            String output = pipes.filter(parsed.getTextContent());
            return Objects.toString(text.group(1), "") + new XmlWriter().start(parsed.getTagName()).text("\n" + output)
                    .end() + Objects.toString(text.group(3), "");
        }
        return new XmlWriter().start("output").text("\n" + pipes.filter(reply)).end().toString();
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
