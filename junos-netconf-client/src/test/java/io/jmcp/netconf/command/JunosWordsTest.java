package io.jmcp.netconf.command;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a Junos CLI line splits into words. */
class JunosWordsTest {

    @Test
    void splitsAtRunsOfSpacesAndTabs() {
        assertThat(JunosWords.split("  show \t interfaces   terse ")).containsExactly("show", "interfaces", "terse");
    }

    @Test
    void keepsAQuotedStringAsOneWordWithoutItsQuotes() {
        assertThat(JunosWords.split("set interfaces ge-0/0/0 description \"to the core\""))
                .containsExactly("set", "interfaces", "ge-0/0/0", "description", "to the core");
    }

    @Test
    void takesTheCharacterAfterABackslashInsideQuotesLiterally() {
        assertThat(JunosWords.split("set system login message \"say \\\"hi\\\" \\\\ bye\""))
                .containsExactly("set", "system", "login", "message", "say \"hi\" \\ bye");
    }

    @Test
    void keepsABackslashOutsideQuotes() {
        assertThat(JunosWords.split("match a\\b")).containsExactly("match", "a\\b");
    }

    @Test
    void readsAQuotedKeywordAsTheKeyword() {
        assertThat(JunosWords.split("set system \"root-authentication\" plain-text-password"))
                .containsExactly("set", "system", "root-authentication", "plain-text-password");
    }

    @Test
    void joinsAQuotedPartToTheCharactersItTouches() {
        assertThat(JunosWords.split("set system host-name r\"1 a\"b")).containsExactly("set", "system", "host-name", "r1 ab");
    }

    @Test
    void readsAnEmptyQuotedStringAsAnEmptyWord() {
        assertThat(JunosWords.split("set snmp description \"\"")).containsExactly("set", "snmp", "description", "");
    }

    @Test
    void runsAnUnterminatedQuoteToTheEndOfTheLine() {
        assertThat(JunosWords.split("set snmp description \"no end  here")).containsExactly("set", "snmp", "description",
                "no end  here");
    }

    @Test
    void splitsAtUnicodeSpacesTheJavaWhitespaceTestMisses() {
        // No-break space, figure space and narrow no-break space are not Character.isWhitespace.
        assertThat(JunosWords.split("show\u00A0configuration\u2007system\u202Fnice")).containsExactly("show",
                "configuration", "system", "nice");
    }

    @Test
    void splitsAtOtherUnicodeWhitespace() {
        assertThat(JunosWords.split("show\u3000version\u2028detail\u2003brief")).containsExactly("show", "version",
                "detail", "brief");
    }

    @Test
    void keepsUnicodeSpacesInsideQuotes() {
        assertThat(JunosWords.split("set snmp location \"rack\u00A01\"")).containsExactly("set", "snmp", "location",
                "rack\u00A01");
    }

    @Test
    void findsNoWordsInABlankLine() {
        assertThat(JunosWords.split(" \t\u00A0")).isEmpty();
    }
}
