package io.jmcp.netconf;

/** How {@code load-configuration} combines loaded configuration with the candidate (Junos semantics). */
public enum LoadAction {
    /** Add to the candidate; statements present in both take the loaded value. */
    MERGE,
    /** Replace the statements tagged {@code replace:} in text (or {@code replace="replace"} in XML). */
    REPLACE,
    /** Discard the whole candidate and use the loaded configuration. */
    OVERRIDE,
    /** Like override, but only the statements that differ are marked changed. */
    UPDATE,
    /** Apply {@code set}/{@code delete}/{@code activate}/{@code deactivate} lines. */
    SET;

    /** The value of the Junos {@code action} attribute. */
    public String attributeValue() {
        return name().toLowerCase();
    }
}
