package io.jmcp.netconf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class XmlEscaperTest {

    @Test
    void escapesMarkupInText() {
        assertThat(XmlEscaper.escapeText("show version</command><request-reboot/> & more"))
                .isEqualTo("show version&lt;/command&gt;&lt;request-reboot/&gt; &amp; more");
    }

    @Test
    void neverLeavesTheEndOfMessageDelimiterInText() {
        assertThat(XmlEscaper.escapeText("]]>]]>")).doesNotContain("]]>");
    }

    @Test
    void keepsQuotesAndLineBreaksInTextAsTheyAre() {
        assertThat(XmlEscaper.escapeText("set system login message \"hi\"\n")).isEqualTo("set system login message \"hi\"\n");
    }

    @Test
    void keepsACarriageReturnAsACharacterReference() {
        assertThat(XmlEscaper.escapeText("a\r\nb")).isEqualTo("a&#13;\nb");
    }

    @Test
    void escapesQuotesAndWhitespaceInAttributes() {
        assertThat(XmlEscaper.escapeAttribute("a\"b'c\td\ne")).isEqualTo("a&quot;b&apos;c&#9;d&#10;e");
    }

    @Test
    void returnsTextWithoutSpecialCharactersUnchanged() {
        String plain = "show route protocol bgp table inet.0";

        assertThat(XmlEscaper.escapeText(plain)).isSameAs(plain);
    }

    @Test
    void keepsCharactersOutsideTheBasicPlane() {
        assertThat(XmlEscaper.escapeText("router \uD83D\uDE80")).isEqualTo("router \uD83D\uDE80");
    }

    @Test
    void rejectsControlCharactersThatXmlCannotCarry() {
        assertThatThrownBy(() -> XmlEscaper.escapeText("show\u0000version"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("character U+0000 at position 4 cannot be sent in XML");
    }

    @Test
    void rejectsALoneSurrogate() {
        assertThatThrownBy(() -> XmlEscaper.escapeAttribute("x\uD800"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+D800 at position 1");
    }
}
