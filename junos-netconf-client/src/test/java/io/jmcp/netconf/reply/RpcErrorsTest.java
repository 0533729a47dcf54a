package io.jmcp.netconf.reply;

import io.jmcp.netconf.JunosReplies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.jmcp.netconf.error.RpcError;
import io.jmcp.netconf.error.RpcError.Severity;
import io.jmcp.netconf.error.RpcErrorException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RpcErrorsTest {

    /** Real replies that report device errors, and the device's messages, in order. */
    private static final Map<String, List<String>> DEVICE_ERRORS = Map.of(
            "core/get-rpc-error.xml",
            List.of("Only unit 0 is valid for this encapsulation", "configuration check-out failed"),
            "core/get-permission-denied.xml", List.of("permission denied"),
            "core/load-configuration-error.xml",
            List.of("syntax error", "error recovery ignores input until this point"),
            "facts/chassis_error_xml_get-chassis-inventory.xml", List.of("Some error message."),
            "facts/vmhost_error_request-shell-execute.xml", List.of("permission denied"),
            "transport/commit-configuration.xml",
            List.of("interface-range 'axp' is not defined", "interface-ranges expansion failed"),
            "facts/sw_info_dual_other_re_off.xml", List.of("Could not connect to re0 : No route to host"),
            "facts/domain_file_get-configuration.xml", List.of("permission denied"));

    /** Real replies whose name mentions an error but which hold no rpc-error, and why. */
    private static final Map<String, String> NOT_RPC_ERRORS = Map.of(
            "core/get-index-error.xml", "an empty rpc-reply: no data and no error",
            "factory/show_cmerror_module_brief.xml", "output of the PFE command 'show cmerror'",
            "factory/show_cmerror_module_brief_dummy_multiline.xml", "output of the PFE command 'show cmerror'",
            "factory/show_pci_errors_2.xml", "output of the PFE command 'show pci errors'",
            "utils/get-directory-usage-information_error1.xml", "directory usage without directories",
            "utils/get-directory-usage-information_error2.xml", "directory usage with an unnamed directory",
            "utils/request-package-check-pending-install-error.xml", "failure told in <output> and <package-result>",
            "utils/request-package-rollback-multi-error.xml", "failure told in <output> and <package-result>",
            "utils/request-package-validate.error_no_result.xml", "failure told in <output> only");

    @TestFactory
    Stream<DynamicTest> everyReplyNamedForAnErrorIsClassified() {
        return JunosReplies.named(name -> name.toLowerCase(Locale.ROOT).matches(".*(error|denied).*")).stream()
                .map(file -> dynamicTest(file, () -> assertThat(
                        DEVICE_ERRORS.containsKey(file) || NOT_RPC_ERRORS.containsKey(file))
                        .as("%s is classified as a device error or not", file)
                        .isTrue()));
    }

    @TestFactory
    Stream<DynamicTest> everyDeviceErrorFailsWithTheDeviceMessages() {
        return DEVICE_ERRORS.entrySet().stream().map(expected -> dynamicTest(expected.getKey(), () -> {
            List<RpcError> errors = parse(expected.getKey());

            assertThat(errors).extracting(RpcError::message).containsExactlyElementsOf(expected.getValue());
            assertThatThrownBy(() -> RpcErrors.failIfErrors(errors, false))
                    .isInstanceOfSatisfying(RpcErrorException.class,
                            e -> assertThat(e.errors()).isEqualTo(errors))
                    .message().contains(expected.getValue());
        }));
    }

    @TestFactory
    Stream<DynamicTest> repliesNamedForErrorsWithoutRpcErrorsDoNotFail() {
        return NOT_RPC_ERRORS.keySet().stream().map(file -> dynamicTest(file, () ->
                assertThat(parse(file)).isEmpty()));
    }

    @Test
    void xnmErrorKeepsEditPathAndStatement() throws Exception {
        RpcError error = parse("core/get-rpc-error.xml").get(0);

        assertThat(error).isEqualTo(new RpcError(Severity.ERROR, null, null, "[edit interfaces ge-0/0/1]",
                "Only unit 0 is valid for this encapsulation", "unit 2"));
    }

    @Test
    void rpcErrorKeepsTypeTagAndBadElement() throws Exception {
        RpcError error = parse("facts/vmhost_error_request-shell-execute.xml").get(0);

        assertThat(error).isEqualTo(new RpcError(Severity.ERROR, "protocol", "operation-failed", null,
                "permission denied", "system"));
        assertThat(error.describe()).isEqualTo("error: permission denied [system]");
    }

    @Test
    void replyBeginningWithAByteOrderMarkIsRead() throws Exception {
        assertThat(parse("core/load-configuration-error.xml"))
                .extracting(RpcError::info).containsExactly("system1", "}");
    }

    @Test
    void warningsAloneDoNotFail() throws Exception {
        List<RpcError> warnings = parse("utils/request-zeroize.xml");

        assertThat(warnings).extracting(RpcError::message).containsExactly(
                "ipsec-key-management subsystem not running - not needed by configuration.",
                "ipsec-key-management subsystem not running - not needed by configuration.",
                "zeroizing re1",
                "zeroizing re0");
        assertThat(warnings).allMatch(RpcError::isWarning);
        assertThatCode(() -> RpcErrors.failIfErrors(warnings, false)).doesNotThrowAnyException();
    }

    @Test
    void warningsFailWhenTheCallerAsks() throws Exception {
        List<RpcError> warnings = parse("utils/request-zeroize.xml");

        assertThatThrownBy(() -> RpcErrors.failIfErrors(warnings, true))
                .isInstanceOfSatisfying(RpcErrorException.class, e -> assertThat(e.errors()).hasSize(4))
                .hasMessageContaining("warning: zeroizing re0");
    }

    @Test
    void warningsInsideRoutingEngineItemsAreFound() throws Exception {
        assertThat(parse("utils/local.xml")).extracting(RpcError::message).containsExactly(
                "System will be rebooted and may not boot without configuration",
                "ipsec-key-management subsystem not running - not needed by configuration.",
                "zeroizing re1",
                "zeroizing re0");
    }

    @Test
    void errorCarriesTheWarningsOfTheSameReply() {
        List<RpcError> errors = RpcErrors.parse(JunosReplies.xml("""
                <rpc-reply><load-configuration-results>
                <rpc-error><error-severity>warning</error-severity><error-message>statement has no effect</error-message></rpc-error>
                <rpc-error><error-severity>error</error-severity><error-message>syntax error</error-message></rpc-error>
                </load-configuration-results></rpc-reply>"""));

        assertThatThrownBy(() -> RpcErrors.failIfErrors(errors, false))
                .hasMessage("warning: statement has no effect; error: syntax error");
    }

    @Test
    void rpcErrorWithoutSeverityCountsAsAnError() {
        List<RpcError> errors = RpcErrors.parse(JunosReplies.xml(
                "<rpc-reply><rpc-error><error-message>boom</error-message></rpc-error></rpc-reply>"));

        assertThat(errors).extracting(RpcError::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void dataElementNamedErrorIsNotAnError() {
        List<RpcError> errors = RpcErrors.parse(JunosReplies.xml(
                "<rpc-reply><pfe-statistics><error>3</error><warning>1</warning></pfe-statistics></rpc-reply>"));

        assertThat(errors).isEmpty();
    }

    @Test
    void emptyErrorMessageBecomesNull() throws Exception {
        List<RpcError> errors = RpcErrors.parse(JunosReplies.xml(
                "<rpc-reply><rpc-error><error-severity>error</error-severity><error-message>\n</error-message></rpc-error></rpc-reply>"));

        assertThat(errors.get(0).message()).isNull();
        assertThat(errors.get(0).describe()).isEqualTo("error: unspecified rpc-error");
    }

    @Test
    void findsTheErrorAfterThirtyTwoMegabytesOfData() {
        String route = "<rt><rt-destination>10.0.0.0/24</rt-destination><rt-entry><nh><to>192.0.2.1</to></nh></rt-entry></rt>\n";
        byte[] megabyteOfRoutes = route.repeat(1024 * 1024 / route.length()).getBytes(StandardCharsets.UTF_8);
        InputStream reply = concat(
                "<rpc-reply><route-information><route-table>",
                Collections.nCopies(32, megabyteOfRoutes),
                "</route-table></route-information><rpc-error><error-severity>error</error-severity>"
                        + "<error-message>reply truncated by the device</error-message></rpc-error></rpc-reply>");

        assertThat(RpcErrors.parse(reply)).extracting(RpcError::message).containsExactly("reply truncated by the device");
    }

    @Test
    void malformedReplyIsRejectedWithItsLine() {
        assertThatThrownBy(() -> RpcErrors.parse(JunosReplies.xml("<rpc-reply>\n<rpc-error>\n</rpc-reply>")))
                .isInstanceOf(InvalidReplyException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void truncatedReplyIsRejected() {
        assertThatThrownBy(() -> RpcErrors.parse(JunosReplies.xml("<rpc-reply><rpc-error><error-message>bo")))
                .isInstanceOf(InvalidReplyException.class)
                .hasMessageContaining("not well-formed");
    }

    @Test
    void noErrorsDoNotFail() {
        assertThatCode(() -> RpcErrors.failIfErrors(List.of(), true)).doesNotThrowAnyException();
    }

    private static List<RpcError> parse(String file) throws Exception {
        try (InputStream reply = JunosReplies.open(file)) {
            return RpcErrors.parse(reply);
        }
    }

    private static InputStream concat(String head, List<byte[]> body, String tail) {
        Stream<InputStream> parts = Stream.of(
                Stream.of(stream(head.getBytes(StandardCharsets.UTF_8))),
                body.stream().map(RpcErrorsTest::stream),
                Stream.of(stream(tail.getBytes(StandardCharsets.UTF_8)))).flatMap(s -> s);
        return new SequenceInputStream(Collections.enumeration(parts.toList()));
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
