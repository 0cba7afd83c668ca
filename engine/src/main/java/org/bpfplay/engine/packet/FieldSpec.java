package org.bpfplay.engine.packet;

/**
 * One {@code name=value} of a layer description, value still as text.
 *
 * @param location where the value was written ("column 17" or a JSON path), for error messages
 */
public record FieldSpec(String name, String value, String location) {
    @Override
    public String toString() {
        return name + "=" + value;
    }
}
