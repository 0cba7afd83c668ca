package org.bpfplay.engine.jit;

import java.lang.invoke.MethodHandles;
import java.util.List;

import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.isa.Program;

/**
 * Entry point of the JIT: {@link #attach} translates a machine's program into a hidden class and
 * hands it to the machine, whose {@link Machine#run} then executes compiled blocks. Never throws
 * for a program: anything it cannot do (too large, a class the JVM refuses) comes back as a
 * refusal and the machine keeps interpreting. The system property {@code bpfplay.jit=false}
 * turns it off where callers ask {@link #enabledByDefault()}.
 */
public final class Jit {
    public static final String PROPERTY = "bpfplay.jit";
    /** The generated classes' name (the JVM adds a unique suffix to hidden classes). */
    static final String CLASS_NAME = "org/bpfplay/engine/jit/CompiledBpf";

    private Jit() {
    }

    /** The system property naming the hot threshold (instructions), see {@link #hotThreshold()}. */
    public static final String THRESHOLD_PROPERTY = "bpfplay.jit.threshold";
    /**
     * Default instructions a program runs interpreted before it is translated: translating and
     * defining a class costs a millisecond or two, what the interpreter needs for a few 100k instructions.
     */
    public static final long DEFAULT_THRESHOLD = 100_000;

    /** The hot threshold: {@code bpfplay.jit.threshold} if set to a number >= 0, else {@link #DEFAULT_THRESHOLD}. */
    public static long hotThreshold() {
        try {
            long v = Long.parseLong(System.getProperty(THRESHOLD_PROPERTY, "").trim());
            return v >= 0 ? v : DEFAULT_THRESHOLD;
        } catch (NumberFormatException e) {
            return DEFAULT_THRESHOLD;
        }
    }

    /** False when the system property {@code bpfplay.jit} is {@code false}. */
    public static boolean enabledByDefault() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").trim());
    }

    /** Translates and attaches; on refusal the machine is left as it was. */
    public static JitResult attach(Machine machine) {
        JitResult r = compile(machine);
        if (r.ok()) {
            machine.attachCompiled(r.code());
        }
        return r;
    }

    /** Translates the machine's program (its decoded immediates: resolved map addresses and the like). */
    public static JitResult compile(Machine machine) {
        Program program = machine.program();
        int total = program.instructions().size();
        try {
            BlockPlan plan = new BlockPlan(program, pc -> machine.invalidReason(pc) == null);
            int compiled = 0;
            for (BlockPlan.Block b : plan.blocks) {
                compiled += b.count();
            }
            if (plan.blocks.isEmpty()) {
                return JitResult.refused("no instruction the JIT translates", total);
            }
            ConstantPool pool = new ConstantPool();
            Translator t = new Translator(plan, pool, machine::decodedImm);
            CodeBuffer code = t.translate();
            if (code == null) {
                return JitResult.refused("program too large: more than " + Translator.MAX_CODE
                        + " bytes of bytecode", total);
            }
            byte[] bytes = ClassFile.write(pool, CLASS_NAME, "java/lang/Object",
                    List.of("org/bpfplay/engine/jit/CompiledBody"),
                    List.of(new ClassFile.Method("run", Translator.DESCRIPTOR, code, Translator.MAX_STACK,
                            Translator.MAX_LOCALS, Translator.frameLocals(pool, CLASS_NAME))));
            CompiledBody body = define(bytes);
            return new JitResult(new CompiledProgram(plan.plan, body), compiled, total - compiled,
                    plan.blocks.size(), code.size(), null);
        } catch (RuntimeException | LinkageError e) {
            return JitResult.refused("translation failed: " + e, total);
        }
    }

    /** Defines a hidden class (not strongly linked: unloaded with its last instance) and instantiates it. */
    static CompiledBody define(byte[] classBytes) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(classBytes, true);
            return (CompiledBody) lookup.lookupClass().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate the compiled program", e);
        }
    }
}
