package org.bpfplay.engine.interp;

/** What a memory region holds; decides how it is shown and which faults name it. */
public enum RegionKind {
    /** The 512-byte stack of one call frame. */
    STACK("stack"),
    /** The program's context (xdp_md, __sk_buff, ...), possibly with virtual fields. */
    CONTEXT("ctx"),
    /** Packet data. */
    PACKET("packet"),
    /** A map value returned by a map helper or an LD_IMM64 map-value load. */
    MAP_VALUE("map_value"),
    /** Read-only data (e.g. .rodata). */
    READ_ONLY("rodata"),
    /** The conformance suite's flat input memory. */
    MEMORY("memory");

    public final String label;

    RegionKind(String label) {
        this.label = label;
    }
}
