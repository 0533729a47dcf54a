package io.jmcp.netconf.reply;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of device a model is: its {@link Personality} and whether it is a virtual machine.
 * Classifies as PyEZ does, so that facts agree with what PyEZ users expect, with one addition:
 * a vSRX is a virtual SRX_BRANCH, like the Firefly Perimeter it succeeded.
 *
 * @param personality the device family
 * @param virtual true for virtual platforms (vMX, vPTX, vSRX, VRR, Olive, GNF, JDM)
 */
public record Platform(Personality personality, boolean virtual) {
    private static final Pattern SRX_MODEL = Pattern.compile("^SRX\\s?(\\d{3,4})");
    private static final int FIRST_HIGH_END_SRX = 5000;

    /**
     * @param model the product model, in any case (e.g. {@code mx960}, {@code VIRTUAL CHASSIS})
     * @param firstRoutingEngineModel the model of the first routing engine (e.g. {@code RE-VMX}),
     *     which tells virtual platforms from physical ones; null when unknown
     * @return empty for a null or unrecognised model
     */
    public static Optional<Platform> classify(String model, String firstRoutingEngineModel) {
        if (model == null) {
            return Optional.empty();
        }
        String routingEngine = upper(firstRoutingEngineModel);
        String product = upper(model);
        if (product.equals("VIRTUAL CHASSIS")) {
            // a virtual chassis names no model of its own; its members' routing engines do
            product = routingEngine;
        }
        return Optional.ofNullable(classifyProduct(product, routingEngine));
    }

    private static Platform classifyProduct(String product, String routingEngine) {
        if (product.startsWith("EX") || product.startsWith("QFX")) {
            return physical(Personality.SWITCH);
        }
        if (product.startsWith("MX")) {
            return classifyMx(routingEngine);
        }
        if (product.startsWith("VMX") || product.equals("VRR")) {
            return virtual(Personality.MX);
        }
        if (product.startsWith("VJX") || product.startsWith("VSRX") || product.contains("FIREFLY")) {
            return virtual(Personality.SRX_BRANCH);
        }
        if (product.startsWith("M")) {
            return physical(Personality.M);
        }
        if (product.startsWith("T")) {
            return physical(Personality.T);
        }
        if (product.startsWith("PTX")) {
            return new Platform(Personality.PTX, routingEngine.equals("RE-VIRTUAL"));
        }
        Matcher srx = SRX_MODEL.matcher(product);
        if (srx.find()) {
            return physical(srxFamily(srx.group(1)));
        }
        return classifyOther(product);
    }

    private static Platform classifyMx(String routingEngine) {
        if (routingEngine.equals("RE-VMX")) {
            return virtual(Personality.MX);
        }
        if (routingEngine.contains("GNF")) {
            return virtual(Personality.MX_GNF);
        }
        return physical(Personality.MX);
    }

    /** Three-digit SRX models are branch devices; four-digit ones mid-range, or high-end above 5000. */
    private static Personality srxFamily(String number) {
        if (number.length() == 3) {
            return Personality.SRX_BRANCH;
        }
        return Integer.parseInt(number) > FIRST_HIGH_END_SRX ? Personality.SRX_HIGHEND : Personality.SRX_MIDRANGE;
    }

    private static Platform classifyOther(String product) {
        if (product.equals("OLIVE")) {
            return virtual(Personality.OLIVE);
        }
        if (product.startsWith("NFX")) {
            return physical(Personality.NFX);
        }
        if (product.equals("JUNOS_NODE_SLICING")) {
            return virtual(Personality.JDM);
        }
        if (product.startsWith("ACX")) {
            return physical(Personality.ACX);
        }
        return null;
    }

    private static Platform physical(Personality personality) {
        return new Platform(personality, false);
    }

    private static Platform virtual(Personality personality) {
        return new Platform(personality, true);
    }

    private static String upper(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }
}
