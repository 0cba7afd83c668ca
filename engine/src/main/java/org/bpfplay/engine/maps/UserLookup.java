package org.bpfplay.engine.maps;

/**
 * The answer of a user-space lookup ({@code BPF_MAP_LOOKUP_ELEM}): 0 and a copy of the value, or a
 * negative errno and no value.
 */
public record UserLookup(int errno, byte[] value) {
    static UserLookup found(byte[] value) {
        return new UserLookup(0, value);
    }

    static UserLookup error(Errno e) {
        return new UserLookup(e.neg(), null);
    }

    public boolean ok() {
        return errno == 0;
    }

    @Override
    public String toString() {
        return ok() ? MapChange.hex(value) : Errno.describe(errno);
    }
}
