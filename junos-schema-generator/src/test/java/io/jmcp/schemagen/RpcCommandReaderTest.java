package io.jmcp.schemagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.command.ArgumentKind;
import io.jmcp.netconf.command.CommandArgument;
import io.jmcp.netconf.command.CommandSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an rpc module's commands and their input leaves become command arguments. */
class RpcCommandReaderTest {

    private static final String INTERFACES = """
            module junos-rpc-interfaces {
              prefix interfaces;
              import junos-common-ddl-extensions { prefix junos; }
              import junos-common-types { prefix jt; }
              grouping command-forwarding {
                leaf no-forwarding { type empty; }
                choice chassis-selector {
                  case case_1 { leaf all-chassis { type empty; } }
                  case case_2 { leaf lcc { type union { type string { pattern "<.*>|$.*"; } type uint32; } mandatory true; } }
                }
              }
              rpc get-interface-information {
                description "Show interface information";
                junos:command "show interfaces";
                input {
                  uses command-forwarding;
                  leaf level { junos:cli-feature "nokeyword"; type enumeration { enum "extensive"; enum "terse"; } }
                  leaf protocol { type enumeration { enum "bgp"; enum "ospf"; } }
                  leaf receive-protocol-name { description "Name of dynamic routing protocol";
                    junos:cli-feature "nokeyword"; type enumeration { enum "bgp"; } }
                  leaf interface-name { junos:cli-feature "nokeyword"; type jt:interface-name; mandatory true; }
                  leaf-list vlan { type uint32; }
                  container argument { leaf name { junos:cli-feature "nokeyword"; type string; } }
                }
                output { container interface-information { leaf x { type string; } } }
              }
              rpc get-something-without-command { input { leaf x { type string; } } }
            }
            """;

    private static List<CommandSpec> read(String text) {
        return new RpcCommandReader(new YangModule(YangParser.parseModule(text, "t")), "junos").commands();
    }

    @Test
    void readsEachCommandWithItsRpcAndFamily() {
        assertThat(read(INTERFACES)).singleElement().satisfies(command -> {
            assertThat(command.command()).isEqualTo("show interfaces");
            assertThat(command.rpc()).isEqualTo("get-interface-information");
            assertThat(command.families()).containsExactly("junos");
        });
    }

    @Test
    void flattensGroupingsAndChoicesInTheYangsOrder() {
        assertThat(read(INTERFACES).get(0).arguments()).extracting(CommandArgument::name)
                .containsExactly("no-forwarding", "all-chassis", "lcc", "level", "protocol", "receive-protocol-name",
                        "interface-name", "vlan", "argument");
    }

    @Test
    void describesEachArgumentsKindAndHints() {
        List<CommandArgument> arguments = read(INTERFACES).get(0).arguments();

        assertThat(arguments.get(0)).isEqualTo(new CommandArgument("no-forwarding", ArgumentKind.FLAG, false, false,
                false, "", List.of(), List.of()));
        assertThat(arguments.get(2)).as("a mandatory leaf of a case is not mandatory for the command")
                .isEqualTo(new CommandArgument("lcc", ArgumentKind.VALUE, false, false, false, "string|uint32",
                        List.of(), List.of()));
        assertThat(arguments.get(3)).as("a positional enumeration without a description is a choice of flags")
                .isEqualTo(new CommandArgument("level", ArgumentKind.CHOICE, true, false, false, "",
                        List.of("extensive", "terse"), List.of()));
        assertThat(arguments.get(4)).isEqualTo(new CommandArgument("protocol", ArgumentKind.ENUM, false, false, false,
                "", List.of("bgp", "ospf"), List.of()));
        assertThat(arguments.get(5)).as("a positional enumeration with a description is a value")
                .isEqualTo(new CommandArgument("receive-protocol-name", ArgumentKind.ENUM, true, false, false, "",
                        List.of("bgp"), List.of()));
        assertThat(arguments.get(6)).isEqualTo(new CommandArgument("interface-name", ArgumentKind.VALUE, true, true,
                false, "interface-name", List.of(), List.of()));
        assertThat(arguments.get(7).repeatable()).isTrue();
        assertThat(arguments.get(8).kind()).isEqualTo(ArgumentKind.GROUP);
        assertThat(arguments.get(8).children()).extracting(CommandArgument::name).containsExactly("name");
    }

    @Test
    void refusesAGroupingTheModuleDoesNotHave() {
        assertThatThrownBy(() -> read("""
                module m { prefix m; rpc r { junos:command "show r"; input { uses elsewhere; } } }
                """)).isInstanceOf(YangSyntaxException.class).hasMessageContaining("grouping 'elsewhere'");
    }

    @Test
    void refusesAnEnumWordWithASpace() {
        assertThatThrownBy(() -> read("""
                module m { prefix m; rpc r { junos:command "show r";
                  input { leaf l { type enumeration { enum "two words"; } } } } }
                """)).isInstanceOf(YangSyntaxException.class).hasMessageContaining("'two words'");
    }
}
