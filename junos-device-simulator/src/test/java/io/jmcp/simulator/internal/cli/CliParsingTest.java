package io.jmcp.simulator.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.config.JunosWords;
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
    void refusesAPipeItDoesNotKnow() {
        assertThatThrownBy(() -> Pipes.parse(List.of(List.of("count"))))
                .isInstanceOf(CliSyntaxException.class).hasMessageContaining("count");
        assertThatThrownBy(() -> Pipes.parse(List.of(List.of("compare", "rollback", "x"))))
                .isInstanceOf(CliSyntaxException.class).hasMessageContaining("'x'");
    }
}
