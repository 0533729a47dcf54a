package io.jmcp.schemagen;

import io.jmcp.netconf.config.ValueType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Builder, merger and writer over small modules shaped like Juniper's. */
class SchemaGraphTest {

    private static final String TYPES = """
            module junos-common-types { prefix jt; typedef ipv4addr { type string; } }
            """;
    private static final String ROOT = """
            module junos-conf-root {
              prefix jc;
              import junos-common-types { prefix jt; }
              container configuration { list groups { key name; ordered-by user; leaf name { type string; } } }
            }
            """;

    private static SchemaNode build(String... modules) {
        Map<String, YangModule> byName = new LinkedHashMap<>();
        for (String text : new String[] {TYPES, ROOT}) {
            YangModule module = new YangModule(YangParser.parseModule(text, "t"));
            byName.put(module.name, module);
        }
        for (String text : modules) {
            YangModule module = new YangModule(YangParser.parseModule(text, "t"));
            byName.put(module.name, module);
        }
        return new FamilySchemaBuilder(byName).build();
    }

    private static final String BGP = """
            module junos-conf-protocols {
              prefix jp;
              import junos-conf-root { prefix jc; }
              import junos-common-types { prefix jt; }
              import junos-common-ddl-extensions { prefix junos; }
              augment /jc:configuration { uses protocols-group; }
              augment /jc:configuration/jc:groups { uses protocols-group; }
              grouping protocols-group { container protocols { uses apply-advanced; container bgp { uses peer; } } }
              grouping apply-advanced { leaf-list apply-groups { ordered-by user; type string; } }
              grouping peer {
                container local-as {
                  junos:cli-feature "oneliner";
                  leaf as-number { junos:cli-feature "nokeyword"; type string {
                    junos:posix-pattern "^[0-9]+$"; junos:pattern-message "Use a number"; } }
                  leaf private { type empty; }
                }
                choice rate { case a { leaf percent { type uint32 { range "0 .. 100"; } } }
                              leaf exact { type empty; } }
                leaf router-id { type jt:ipv4addr; }
              }
            }
            """;

    @Test
    void expandsGroupingsOnceAndSharesThem() {
        SchemaNode root = build(BGP);
        SchemaNode top = root.children.get("protocols").node();
        SchemaNode inGroups = root.children.get("groups").node().children.get("protocols").node();
        assertThat(inGroups).isSameAs(top);
        SchemaNode localAs = top.children.get("bgp").node().children.get("local-as").node();
        assertThat(localAs.cliFeatures).containsExactly("oneliner");
        SchemaNode asNumber = localAs.children.get("as-number").node();
        assertThat(asNumber.cliFeatures).containsExactly("nokeyword");
        assertThat(asNumber.type.posixPatterns()).containsExactly("^[0-9]+$");
        assertThat(asNumber.type.patternMessage()).isEqualTo("Use a number");
        assertThat(top.children.get("apply-groups").node().orderedByUser).isTrue();
    }

    @Test
    void flattensChoicesIntoTheParentKeepingEachBranch() {
        SchemaNode bgp = build(BGP).children.get("protocols").node().children.get("bgp").node();
        assertThat(bgp.children.get("percent").choice()).isEqualTo("rate/a");
        assertThat(bgp.children.get("exact").choice()).isEqualTo("rate/exact");
        assertThat(bgp.children.get("local-as").choice()).isNull();
        assertThat(bgp.children.get("percent").node().type.range()).isEqualTo("0 .. 100");
    }

    @Test
    void resolvesTypedefsOfTheCommonTypes() {
        SchemaNode bgp = build(BGP).children.get("protocols").node().children.get("bgp").node();
        ValueType routerId = bgp.children.get("router-id").node().type;
        assertThat(routerId.base()).isEqualTo("string");
        assertThat(routerId.typedef()).isEqualTo("ipv4addr");
    }

    @Test
    void refusesRefineWhichWouldChangeASharedGrouping() {
        String refining = BGP.replace("uses peer;", "uses peer { refine local-as { description x; } }");
        assertThatThrownBy(() -> build(refining))
                .isInstanceOf(YangSyntaxException.class)
                .hasMessageContaining("'uses' is not supported");
    }

    @Test
    void plainModulesBorrowHintsFromTheFamiliesThatHaveThem() {
        String plain = BGP.replaceAll("junos:[a-z-]+ \"[^\"]*\";", "");
        SchemaNode withHints = build(BGP);
        SchemaNode withoutHints = build(plain);
        assertThat(withoutHints.children.get("protocols").node().children.get("bgp").node()
                .children.get("local-as").node().cliFeatures).isEmpty();
        MergedNode merged = new FamilyMerger().merge(new SchemaNode[] {withoutHints, withHints, null});
        MergedNode localAs = merged.children().get("protocols").node().children().get("bgp").node()
                .children().get("local-as").node();
        assertThat(localAs.cliFeatures()).containsExactly("oneliner");
        assertThat(localAs.families()).isEqualTo(0b011);
        assertThat(localAs.children().get("as-number").node().type().patternMessage()).isEqualTo("Use a number");
    }

    @Test
    void writesIdenticalSubtreesOnceChildrenFirst() {
        SchemaNode root = build(BGP);
        String text = new SchemaWriter(3).write(new FamilyMerger().merge(new SchemaNode[] {root, root, root}),
                java.util.List.of("test"));
        assertThat(text).startsWith("# test\n");
        assertThat(text.lines().filter(line -> line.startsWith("N\tc\tprotocols\t"))).hasSize(1);
        assertThat(text).contains("N\tc\tlocal-as\tcli=oneliner\tchildren=");
        assertThat(text).contains("C\trate/a\n");
        assertThat(text.lines().reduce((a, b) -> b).orElseThrow()).startsWith("root\t");
    }

    @Test
    void keepsYangOrderAndMarksTheLevelsOtherModulesAugment() {
        SchemaNode root = build(BGP);
        SchemaNode bgp = root.children.get("protocols").node().children.get("bgp").node();
        assertThat(bgp.children.keySet()).containsExactly("local-as", "percent", "exact", "router-id");
        assertThat(root.childrenFromAugments).isTrue();
        assertThat(root.children.get("groups").node().childrenFromAugments).isTrue();
        assertThat(bgp.childrenFromAugments).isFalse();
    }

    @Test
    void writesTheOwnOrderOfAFamilyWhoseYangOrdersChildrenDifferently() {
        SchemaNode mx = build(BGP);
        SchemaNode srx = build(BGP.replace("leaf router-id { type jt:ipv4addr; }", "")
                .replace("container local-as {", "leaf router-id { type jt:ipv4addr; } container local-as {"));
        String text = new SchemaWriter(3).write(new FamilyMerger().merge(new SchemaNode[] {mx, srx, mx}),
                java.util.List.of("test"));
        // merged (MX) order: local-as 0, percent 1, exact 2, router-id 3; the SRX lists router-id first
        assertThat(text).containsPattern("N\tc\tbgp\torder1=3,0,1,2\tchildren=");
        assertThat(text).containsPattern("N\tc\tconfiguration\tunordered\t");
    }
}
