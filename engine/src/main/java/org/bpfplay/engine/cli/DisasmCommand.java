package org.bpfplay.engine.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** {@code disasm}: placeholder until the command is implemented. */
final class DisasmCommand implements Command {
    @Override
    public String summary() {
        return "disasm FILE [--syntax kernel|llvm]: disassemble a .bin/.hex/.s file";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        err.println("disasm: not implemented yet");
        return USAGE;
    }
}
