package io.jmcp.simulator.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.command.CommandLine;
import io.jmcp.netconf.command.JunosWords;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How CLI lines become words, pipes and RPCs. */
class CliParsingTest {
    private final CliGrammar grammar = new CliGrammar()
            .command("show interfaces", "get-interface-information")
            .command("show interfaces terse", "get-interface-information", "terse")
            .command("show interfaces <interface-name>", "get-interface-information")
            .command("show version invoke-on all-routing-engines", "get-software-information",
                    "invoke-on=all-routing-engines")
            .command("show configuration <path...>", "get-configuration", Map.of("database", "committed"));

    @Test
    void splitsPipesOutsideQuotesOnly() {
        CommandLine line = CommandLine.parse("show configuration | match \"a|b\" | no-more");

        assertThat(line.words()).containsExactly("show", "configuration");
        assertThat(line.pipes()).containsExactly(List.of("match", "a|b"), List.of("no-more"));
    }

    @Test
    void keepsQuotedWordsWhole() {
        assertThat(JunosWords.split("set interfaces ge-0/0/0 description \"to the \\\"core\\\"\""))
                .containsExactly("set", "interfaces", "ge-0/0/0", "description", "to the \"core\"");
    }

    @Test
    void resolvesAbbreviatedKeywords() {
        assertThat(grammar.resolve(List.of("sh", "int", "te")).flags()).containsExactly("terse");
    }

    @Test
    void prefersAKeywordToAnArgument() {
        assertThat(grammar.resolve(List.of("show", "interfaces", "terse")).arguments()).isEmpty();
    }

    @Test
    void bindsAnArgumentToItsElement() {
        assertThat(grammar.resolve(List.of("show", "interfaces", "ge-0/0/0")).arguments())
                .containsEntry("interface-name", "ge-0/0/0");
    }

    @Test
    void takesTheRestOfTheLineAsAPath() {
        CliGrammar.Invocation invocation = grammar.resolve(List.of("show", "configuration", "protocols", "bgp"));

        assertThat(invocation.rest()).containsExactly("protocols", "bgp");
        assertThat(invocation.attributes()).containsEntry("database", "committed");
    }

    @Test
    void namesTheFirstWordThatFitsNoCommand() {
        assertThatThrownBy(() -> grammar.resolve(List.of("show", "chassis", "hardware")))
                .isInstanceOf(CliSyntaxException.class)
                .satisfies(e -> assertThat(((CliSyntaxException) e).word()).isEqualTo("chassis"));
    }

    @Test
    void refusesAnIncompleteCommand() {
        assertThatThrownBy(() -> grammar.resolve(List.of("show", "version")))
                .isInstanceOf(CliSyntaxException.class);
    }

    @Test
    void refusesAnAmbiguousAbbreviation() {
        assertThatThrownBy(() -> Keywords.match("co", List.of("configuration", "commit")))
                .isInstanceOf(CliSyntaxException.class);
    }

    @Test
    void readsDisplayAndComparePipes() {
        Pipes pipes = Pipes.parse(List.of(List.of("disp", "xml", "rpc"), List.of("compare", "rollback", "3"),
                List.of("no-more")));

        assertThat(pipes.format()).contains("xml");
        assertThat(pipes.displayXmlRpc()).isTrue();
        assertThat(pipes.compareRollback()).isEqualTo(3);
        assertThat(pipes.configurationOnly()).isTrue();
    }

    @Test
    void readsLineFiltersInOrder() {
        Pipes pipes = Pipes.parse(List.of(List.of("match", "ge-|xe-"), List.of("except", "down"), List.of("last", "2")));

        assertThat(pipes.filter("\nge-0/0/0 up\nge-0/0/1 down\nlo0 up\nxe-0/1/0 up\nGE-0/0/9 up\n"))
                .isEqualTo("xe-0/1/0 up\nGE-0/0/9 up\n");
        assertThat(Pipes.parse(List.of(List.of("find", "lo0"))).filter("a\nlo0 up\nb\n")).isEqualTo("lo0 up\nb\n");
        assertThat(Pipes.parse(List.of(List.of("count"))).filter("\na\nb\n")).isEqualTo("Count: 2 lines\n");
        assertThat(Pipes.parse(List.of(List.of("match", "nothing"))).filter("a\nb\n")).isEmpty();
    }

    @Test
    void refusesAPipeItDoesNotKnow() {
        assertThatThrownBy(() -> Pipes.parse(List.of(List.of("save", "/tmp/out"))))
                .isInstanceOf(CliSyntaxException.class).hasMessageContaining("'save'");
        assertThatThrownBy(() -> Pipes.parse(List.of(List.of("count", "lines"))))
                .isInstanceOf(CliSyntaxException.class).hasMessageContaining("'lines'");
        assertThatThrownBy(() -> Pipes.parse(List.of(List.of("match", "("))))
                .isInstanceOf(CliSyntaxException.class).hasMessageContaining("'('");
        assertThatThrownBy(() -> Pipes.parse(List.of(List.of("last", "0"))))
                .isInstanceOf(CliSyntaxException.class).hasMessageContaining("'0'");
        assertThatThrownBy(() -> Pipes.parse(List.of(List.of("compare", "rollback", "x"))))
                .isInstanceOf(CliSyntaxException.class).hasMessageContaining("'x'");
    }
}
