package org.bpfplay.engine.asm;

import java.util.List;

import org.bpfplay.engine.maps.MapSpec;

/**
 * The LLVM-syntax BPF assembler: what {@code llvm-mc-19 -triple bpfel -mcpu=v4} accepts, encoded
 * byte for byte as llvm-mc does, plus bpfplay's {@code .map} directive. Differences from llvm-mc,
 * all where llvm-mc would leave work to a linker or silently truncate:
 * <ul>
 *   <li>{@code r1 = MAP ll} loads the map's index (src 1, MAP_FD); {@code r1 = LABEL ll} a
 *       subprogram offset (src 4, FUNC); {@code call NAME} resolves a label (src 1) or a helper
 *       name, with or without {@code bpf_}. llvm-mc emits relocations for these.</li>
 *   <li>Values that do not fit their field are errors (llvm-mc truncates immediates over 32
 *       bits); r11 is refused; atomics whose result and operand registers differ are errors
 *       (llvm-mc-19 crashes on them).</li>
 *   <li>Extensions: {@code load_acquire}/{@code store_release} in LLVM 20 syntax; the kernel
 *       log spellings {@code goto pc+3}, {@code call pc+3} and {@code skb[r1 + 4]}; gotol with
 *       a 32-bit number (llvm-mc-19 takes only 16 bits there).</li>
 *   <li>Constant expressions ({@code r0 = 1 << 4}) are evaluated as llvm-mc does, but may not
 *       use names. All code sections form one program; data sections ({@code .maps},
 *       {@code license}, {@code .BTF} ... as clang emits them) are skipped, so a clang map
 *       definition is supplied with {@code .map} or an extra MapSpec of the same name.</li>
 * </ul>
 * Pipeline: {@link Lexer} then {@link Parser} (first pass, all syntax errors) then
 * {@link Resolver} (labels, maps, helpers). Never throws on user input.
 */
public final class Assembler {
    private Assembler() {
    }

    /** Assembles a source; the program's maps are the ones it declares with {@code .map}. */
    public static AsmResult assemble(String source) {
        return assemble(source, List.of());
    }

    /**
     * Assembles a source with additional maps (from {@code --map}), appended after the declared
     * ones; {@code r1 = NAME ll} may name either kind.
     */
    public static AsmResult assemble(String source, List<MapSpec> extraMaps) {
        ParsedSource parsed = Parser.parse(source);
        return Resolver.resolve(parsed, extraMaps == null ? List.of() : extraMaps);
    }
}
