package org.bpfplay.engine.verifier;

/** Program types the verifier knows, with the kernel-oracle / libbpf name. */
public enum ProgType {
    SOCKET_FILTER("socket_filter"),
    XDP("xdp");

    public final String oracleName;

    ProgType(String oracleName) {
        this.oracleName = oracleName;
    }

    /** The type named as kernel-oracle's --type spells it, or null. */
    public static ProgType byName(String name) {
        for (ProgType t : values()) {
            if (t.oracleName.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
