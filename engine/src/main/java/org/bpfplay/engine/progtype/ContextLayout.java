package org.bpfplay.engine.progtype;

import java.util.ArrayList;
import java.util.List;

/**
 * A context struct: its C name, size and fields in offset order. {@link #field(String)} and
 * {@link #fieldAt(int)} serve the UI (naming a ctx access) and the runtime (placing values).
 */
public record ContextLayout(String structName, int size, List<ContextField> fields) {
    public ContextLayout {
        fields = List.copyOf(fields);
    }

    /** The field with this name, or null. */
    public ContextField field(String name) {
        for (ContextField f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** The field covering byte {@code offset}, or null. */
    public ContextField fieldAt(int offset) {
        for (ContextField f : fields) {
            if (offset >= f.offset() && offset < f.offset() + f.size()) {
                return f;
            }
        }
        return null;
    }

    /** The pointer fields (they become virtual fields of the context region). */
    public List<ContextField> pointerFields() {
        List<ContextField> out = new ArrayList<>();
        for (ContextField f : fields) {
            if (f.isPointer()) {
                out.add(f);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "struct " + structName + " (" + size + " bytes, " + fields.size() + " fields)";
    }
}
