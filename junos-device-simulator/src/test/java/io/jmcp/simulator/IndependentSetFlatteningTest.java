package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The independent flattening's own rules, on small inputs written here. */
class IndependentSetFlatteningTest {

    @Test
    void prefixesEachStatementWithTheWordsOfItsBlocks() {
        assertThat(IndependentSetFlattening.ofText("""
                system {
                    host-name r1;
                    services { ssh; netconf { ssh; } }
                }
                interfaces { ge-0/0/0 { unit 0 { family inet { address 10.0.0.1/30; } } } }
                """)).containsExactly("set system host-name r1", "set system services ssh",
                "set system services netconf ssh", "set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/30");
    }

    @Test
    void expandsABracketListIntoOneLineEach() {
        assertThat(IndependentSetFlattening.ofText("vlan { members [ v10 v20 ]; }"))
                .containsExactly("set vlan members v10", "set vlan members v20");
    }

    @Test
    void deactivatesAnInactiveStatementAsWritten() {
        assertThat(IndependentSetFlattening.ofText("protocols { inactive: bgp { group g { type internal; } } "
                + "inactive: lldp; }")).containsExactly("set protocols bgp group g type internal", "set protocols lldp",
                "deactivate protocols bgp", "deactivate protocols lldp");
    }

    @Test
    void skipsCommentsAndAnnotationsButKeepsQuotedWordsWhole() {
        assertThat(IndependentSetFlattening.ofText("""
                /* annotated */
                system {
                    # a comment
                    login { message "hello { world }; # not a comment"; } ## SECRET-DATA
                }
                """)).containsExactly("set system login message \"hello { world }; # not a comment\"");
    }

    @Test
    void anEmptyBlockIsALineOfItsOwn() {
        assertThat(IndependentSetFlattening.ofText("system { services { ssh { } } }"))
                .containsExactly("set system services ssh");
    }

    @Test
    void readsXmlWithNameChildrenAsListKeysAndEmptyElementsAsFlags() {
        assertThat(IndependentSetFlattening.ofXml("""
                <rpc-reply xmlns:junos="http://xml.juniper.net/junos/12.1X46/junos">
                  <configuration junos:commit-user="rick">
                    <system><host-name>r1</host-name><services><ssh/></services>
                      <syslog><user><name>*</name><contents><name>any</name><emergency/></contents></user></syslog>
                    </system>
                    <interfaces><interface><name>ge-0/0/0</name><description>to the core</description></interface>
                      <interface inactive="inactive"><name>lo0</name></interface></interfaces>
                    <junos:comment>/* skipped */</junos:comment>
                  </configuration>
                </rpc-reply>
                """)).containsExactly("set system host-name r1", "set system services ssh",
                "set system syslog user * contents any emergency",
                "set interfaces ge-0/0/0 description \"to the core\"", "set interfaces lo0",
                "deactivate interfaces lo0");
    }

    @Test
    void printsEachStatementOnceAndAStatementWithStatementsBelowOnlyThroughThem() {
        assertThat(IndependentSetFlattening.ofText("interfaces { ge-0/0/1 { unit 0 { family inet; } } ge-0/0/1 { unit 0; } "
                + "ge-0/0/1 { unit 0 { family inet; } } }")).containsExactly("set interfaces ge-0/0/1 unit 0 family inet");
    }

    @Test
    void quotesAValueWithSpacesOrDollarSigns() {
        assertThat(IndependentSetFlattening.ofXml("<configuration><system><root-authentication>"
                + "<encrypted-password>$1$abc</encrypted-password></root-authentication></system></configuration>"))
                .containsExactly("set system root-authentication encrypted-password \"$1$abc\"");
    }

    @Test
    void readsAnXmlFragmentWithoutConfigurationAsTopLevelStatements() {
        assertThat(IndependentSetFlattening.ofXml("<interfaces><interface><name>lo0</name><unit><name>0</name></unit>"
                + "</interface></interfaces>")).containsExactly("set interfaces lo0 unit 0");
    }

    @Test
    void anUndocumentedWrapperStandsForTheStatementsInside() {
        assertThat(IndependentSetFlattening.ofXml("<configuration><system><login><user><name>test</name>"
                + "<undocumented><shell>csh</shell></undocumented></user></login></system></configuration>"))
                .containsExactly("set system login user test shell csh");
    }

    @Test
    void aDocumentWithoutConfigurationHasNoLines() {
        assertThat(IndependentSetFlattening.ofXml("<rpc-reply><ok/></rpc-reply>")).isEmpty();
    }

    @Test
    void refusesXmlThatIsNotWellFormed() {
        assertThatThrownBy(() -> IndependentSetFlattening.ofXml("<configuration><system>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not well-formed XML");
    }
}
