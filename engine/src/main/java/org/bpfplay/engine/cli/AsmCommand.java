package org.bpfplay.engine.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** {@code asm}: placeholder until the command is implemented. */
final class AsmCommand implements Command {
    @Override
    public String summary() {
        return "asm FILE [-o OUT.bin]: assemble; print one instruction (16 hex digits) per line";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        err.println("asm: not implemented yet");
        return USAGE;
    }
}
