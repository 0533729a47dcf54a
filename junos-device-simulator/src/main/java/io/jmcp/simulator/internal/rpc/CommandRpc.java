package io.jmcp.simulator.internal.rpc;

import io.jmcp.netconf.command.CommandSyntaxException;
import io.jmcp.netconf.command.JunosCommands;
import io.jmcp.simulator.internal.cli.CliGrammar;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Junos {@code <command>}: a CLI command, translated into the RPC it stands for and answered by
 * that RPC's handler in the format asked ({@code format} attribute, or a display pipe).
 * {@code show configuration} has its own rendering; unknown words get Junos's
 * {@code syntax error, expecting <command>} naming the word. {@code | display xml rpc} answers
 * for every command of Juniper's YANG, from {@link JunosCommands}.
 */
final class CommandRpc implements RpcHandler {
    /** A text reply: its opening wrapper, the element holding the text, and the closing wrapper. */
    private static final Pattern TEXT_REPLY = Pattern.compile(
            "(\\s*<configuration-information>\\s*)?(<(?:output|configuration-output)>.*</(?:output|configuration-output)>)"
                    + "(\\s*</configuration-information>\\s*)?", Pattern.DOTALL);

    @Override
    public String handle(RpcRequest request, RpcContext context) {
        CommandLine line = CommandLine.parse(request.element().getTextContent().strip());
        CliGrammar grammar = CliCommands.of(context.device().spec().platform());
        Pipes pipes;
        try {
            pipes = Pipes.parse(line.pipes());
        } catch (CliSyntaxException e) {
            throw new RpcException(JunosError.unknownCommand(e.word()));
        }
        if (pipes.displayXmlRpc()) {
            return new XmlWriter().start("rpc").fragment(rpcOf(line.words(), grammar)).end()
                    .start("cli").start("banner").text("").end().end().toString();
        }
        Invocation invocation = runnable(line.words(), grammar);
        String format = pipes.format().orElse(request.format());
        Element rpc = toElement(invocation);
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
     * The RPC {@code | display xml rpc} shows: Juniper's YANG's, for any command it knows (run
     * here or not). The few commands the simulator runs that are not in the YANG's rpc modules
     * (the CLI's own {@code show configuration}, the {@code invoke-on} option, SRX-only commands:
     * the YANG copy has MX's rpc modules only) show the simulator's own table's RPC: those the
     * YANG does not know at all, or whose every word is a keyword of the table's command (not an
     * argument value the YANG refused, as {@code table} in {@code show route table}).
     */
    private static String rpcOf(List<String> words, CliGrammar grammar) {
        try {
            return JunosCommands.load().resolve(words).toXml();
        } catch (CommandSyntaxException e) {
            return notInTheYang(words, grammar, e)
                    .orElseThrow(() -> new RpcException(e.unknownCommand() ? JunosError.unknownCommand(e.word())
                            : e.word().isEmpty() ? JunosError.operationFailed(e.getMessage())
                            : JunosError.syntaxError(e.word())));
        }
    }

    private static Optional<String> notInTheYang(List<String> words, CliGrammar grammar, CommandSyntaxException e) {
        try {
            Invocation invocation = grammar.resolve(words);
            return e.unknownCommand() || invocation.arguments().isEmpty()
                    ? Optional.of(SafeXml.serialize(toElement(invocation))) : Optional.empty();
        } catch (CliSyntaxException notRunHereEither) {
            return Optional.empty();
        }
    }

    /**
     * The invocation of a command the simulator runs. Any other line, Junos's command or not, is
     * refused as Junos refuses an unknown command, naming the first word the simulator's table
     * does not match: the simulator has no output for it and does not invent any.
     */
    private static Invocation runnable(List<String> words, CliGrammar grammar) {
        try {
            return grammar.resolve(words);
        } catch (CliSyntaxException e) {
            throw new RpcException(JunosError.unknownCommand(e.word()));
        }
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

    static Element toElement(Invocation invocation) {
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
