package io.jmcp.netconf.command;

/** What an argument of an operational command takes on the command line, and what it becomes in the RPC. */
public enum ArgumentKind {
    /** A keyword alone ({@code terse}); an empty element ({@code <terse/>}). */
    FLAG,
    /** A value, after its keyword unless positional ({@code interface-name ge-0/0/0}). */
    VALUE,
    /**
     * One of a fixed set of words, the element's text: after its keyword ({@code protocol bgp} is
     * {@code <protocol>bgp</protocol>}) or alone when positional ({@code advertising-protocol-name}).
     */
    ENUM,
    /**
     * One of a fixed set of flags, written alone: the word names an empty element
     * ({@code extensive} is {@code <extensive/>}, as Junos's display xml rpc shows). Juniper's YANG
     * writes such a choice of flags as a positional enumeration leaf without a description
     * ({@code level}); an enumerated value of its own has one.
     */
    CHOICE,
    /** A keyword followed by its own arguments ({@code argument NAME VALUE} of {@code op}). */
    GROUP
}
