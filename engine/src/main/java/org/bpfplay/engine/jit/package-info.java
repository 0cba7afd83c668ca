/**
 * The JIT: translates an eBPF program into JVM bytecode (one hidden class per program, defined with
 * {@code MethodHandles.Lookup.defineHiddenClass}, unloadable with its machine) that
 * {@link org.bpfplay.engine.interp.Machine#run} uses instead of the interpreter. Registers are JVM
 * {@code long} locals, basic blocks are bytecode blocks joined by gotos, every memory access goes
 * through {@link org.bpfplay.engine.interp.Memory}'s checked paths, and each block charges the
 * instruction budget on entry. What is not translated (calls, helpers, legacy packet loads,
 * atomics, may_goto, invalid instructions) is left to the interpreter, so results, faults, pcs and
 * instruction counts are the interpreter's. Holds its own minimal class-file writer (constant
 * pool, code with labels, StackMapTable); no dependencies.
 */
package org.bpfplay.engine.jit;
