package org.bpfplay.engine.isa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bpfplay.engine.maps.MapSpec;

/**
 * A program: its instructions, the maps it declares, and what the assembler knew about it
 * (labels and source lines). Two index spaces exist and are kept apart: the instruction index
 * (position in {@link #instructions()}) and the pc, which counts 8-byte slots, so an LD_IMM64
 * advances it by two. Jumps, the verifier log and the interpreter all speak pc.
 */
public final class Program {
    private final List<Instruction> instructions;
    private final List<MapSpec> maps;
    private final Map<Integer, String> labels;
    private final int[] sourceLines;
    private final int[] pcOfIndex;
    private final int[] indexOfPc;

    /**
     * @param instructions the instructions in order
     * @param maps         maps referred to by LD_IMM64 pseudo loads, by position
     * @param labels       label names by pc, for display
     * @param sourceLines  1-based source line of each instruction, or empty if unknown
     */
    public Program(List<Instruction> instructions, List<MapSpec> maps, Map<Integer, String> labels, int[] sourceLines) {
        this.instructions = List.copyOf(instructions);
        this.maps = List.copyOf(maps);
        this.labels = Collections.unmodifiableMap(new TreeMap<>(labels));
        if (sourceLines.length != 0 && sourceLines.length != instructions.size()) {
            throw new IllegalArgumentException("sourceLines must be empty or one per instruction");
        }
        this.sourceLines = sourceLines.clone();
        this.pcOfIndex = new int[this.instructions.size()];
        int pc = 0;
        for (int i = 0; i < pcOfIndex.length; i++) {
            pcOfIndex[i] = pc;
            pc += this.instructions.get(i).width();
        }
        this.indexOfPc = new int[pc];
        Arrays.fill(indexOfPc, -1);
        for (int i = 0; i < pcOfIndex.length; i++) {
            indexOfPc[pcOfIndex[i]] = i;
        }
    }

    /** A program of bare instructions, without maps, labels or source lines. */
    public static Program of(List<Instruction> instructions) {
        return new Program(instructions, List.of(), Map.of(), new int[0]);
    }

    public static Program of(Instruction... instructions) {
        return of(List.of(instructions));
    }

    public List<Instruction> instructions() {
        return instructions;
    }

    public List<MapSpec> maps() {
        return maps;
    }

    public Map<Integer, String> labels() {
        return labels;
    }

    /** Number of 8-byte slots, i.e. one past the last pc. */
    public int slotCount() {
        return indexOfPc.length;
    }

    public int pcOf(int index) {
        return pcOfIndex[index];
    }

    /** The instruction index at a pc, or -1 if the pc is the second slot of an LD_IMM64 or out of range. */
    public int indexAt(int pc) {
        return pc >= 0 && pc < indexOfPc.length ? indexOfPc[pc] : -1;
    }

    /** The instruction starting at a pc, or null if none starts there. */
    public Instruction at(int pc) {
        int i = indexAt(pc);
        return i < 0 ? null : instructions.get(i);
    }

    /** The source line of the instruction at a pc, or 0 if unknown. */
    public int sourceLineAt(int pc) {
        int i = indexAt(pc);
        return i < 0 || sourceLines.length == 0 ? 0 : sourceLines[i];
    }

    /** The encoded bytes. */
    public byte[] toBytes() {
        return Encoding.encode(instructions);
    }

    /** This program with other maps (for maps given on the command line). */
    public Program withMaps(List<MapSpec> newMaps) {
        return new Program(instructions, newMaps, labels, sourceLines);
    }

    /** This program with maps appended after the declared ones. */
    public Program withExtraMaps(List<MapSpec> extra) {
        List<MapSpec> all = new ArrayList<>(maps);
        all.addAll(extra);
        return withMaps(all);
    }
}
