package io.jmcp.schemagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YangParserTest {

    @Test
    void readsNestedStatementsWithAndWithoutArguments() {
        YangStatement module = YangParser.parseModule("""
                module m {
                  prefix p;
                  container c { presence "on"; leaf x { type empty; } }
                }
                """, "m.yang");
        assertThat(module.keyword()).isEqualTo("module");
        assertThat(module.argument()).isEqualTo("m");
        YangStatement container = module.child("container");
        assertThat(container.childArgument("presence")).isEqualTo("on");
        assertThat(container.child("leaf").child("type").argument()).isEqualTo("empty");
        assertThat(container.line()).isEqualTo(3);
    }

    @Test
    void joinsConcatenatedStringsAndSkipsComments() {
        YangStatement module = YangParser.parseModule("""
                module m { // line comment
                  /* block
                     comment */ description "a" + 'b' +
                     "c";
                }
                """, "m.yang");
        assertThat(module.childArgument("description")).isEqualTo("abc");
    }

    @Test
    void readsJunipersEscapesAsJunosMeansThem() {
        YangStatement module = YangParser.parseModule(
                "module m { x \"say \\'x\\' \\\"y\\\" a\\\\b \\* \\n\"; y 'raw \\n'; }", "m.yang");
        assertThat(module.childArgument("x")).isEqualTo("say 'x' \"y\" a\\b \\* \n");
        assertThat(module.childArgument("y")).isEqualTo("raw \\n");
    }

    @Test
    void refusesUnterminatedInputWithItsLocation() {
        assertThatThrownBy(() -> YangParser.parseModule("module m {\n leaf x {\n", "m.yang"))
                .isInstanceOf(YangSyntaxException.class)
                .hasMessage("m.yang:3: unexpected end of file inside a block");
        assertThatThrownBy(() -> YangParser.parseModule("module m { x \"open; }", "m.yang"))
                .hasMessage("m.yang:1: unterminated string");
        assertThatThrownBy(() -> YangParser.parseModule("module m { } }", "m.yang"))
                .hasMessage("m.yang:1: unbalanced '}'");
    }
}
