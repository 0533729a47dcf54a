package io.jmcp.netconf.reply;

/**
 * The family of behaviour a Junos device belongs to, as PyEZ's {@code personality} fact names
 * it: scripts written for PyEZ branch on these values.
 */
public enum Personality {
    MX("MX"),
    /** A guest network function of an MX with node slicing. */
    MX_GNF("MX-GNF"),
    M("M"),
    T("T"),
    PTX("PTX"),
    ACX("ACX"),
    /** EX and QFX switches. */
    SWITCH("SWITCH"),
    SRX_BRANCH("SRX_BRANCH"),
    SRX_MIDRANGE("SRX_MIDRANGE"),
    SRX_HIGHEND("SRX_HIGHEND"),
    NFX("NFX"),
    /** The Juniper Device Manager of a node-slicing server. */
    JDM("JDM"),
    OLIVE("OLIVE");

    private final String pyEzName;

    Personality(String pyEzName) {
        this.pyEzName = pyEzName;
    }

    /** The value of PyEZ's {@code personality} fact, e.g. {@code MX-GNF}. */
    public String pyEzName() {
        return pyEzName;
    }
}
