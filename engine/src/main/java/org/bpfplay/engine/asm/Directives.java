package org.bpfplay.engine.asm;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.maps.MapType;

/**
 * Assembler directives. {@code .map NAME TYPE key=K value=V max_entries=N [flags=F]} declares a
 * map (bpfplay's own directive); the bookkeeping directives clang emits ({@code .text},
 * {@code .section}, {@code .globl}, {@code .type}, {@code .size}, {@code .p2align} ...) are
 * accepted and ignored, since a program here is one stream of instructions. Data directives
 * are refused: they would put bytes among the instructions.
 */
final class Directives {
    private static final Set<String> IGNORED = Set.of(".text", ".section", ".globl", ".global", ".type", ".size",
            ".p2align", ".align", ".balign", ".file", ".ident", ".addrsig", ".addrsig_sym", ".local", ".weak",
            ".hidden", ".protected", ".internal", ".cfi_sections", ".loc", ".previous", ".popsection",
            ".pushsection");
    private static final Set<String> DATA = Set.of(".byte", ".short", ".half", ".word", ".long", ".int", ".quad",
            ".2byte", ".4byte", ".8byte", ".ascii", ".asciz", ".string", ".zero", ".space", ".skip", ".fill",
            ".data", ".bss", ".rodata", ".comm", ".lcomm");

    private Directives() {
    }

    static void directive(Cursor c, List<ParsedSource.MapDecl> maps, List<AsmError> errors) {
        Token name = c.next();
        String word = name.text().toLowerCase(Locale.ROOT);
        if (word.equals(".map")) {
            map(c, name, maps);
        } else if (IGNORED.contains(word)) {
            while (!c.atEnd()) {
                c.next();
            }
        } else if (DATA.contains(word)) {
            throw Cursor.error(name, "data directive '" + name.text() + "' is not supported: a program here holds"
                    + " instructions only (declare maps with .map NAME TYPE key=K value=V max_entries=N)");
        } else {
            throw Cursor.error(name, "unknown directive '" + name.text() + "'");
        }
    }

    /** {@code .map NAME TYPE key=K value=V max_entries=N [flags=F]}, the settings in any order. */
    private static void map(Cursor c, Token directive, List<ParsedSource.MapDecl> maps) {
        String usage = " (write .map NAME TYPE key=K value=V max_entries=N [flags=F])";
        Token name = c.next();
        if (name.kind() != TokenKind.IDENT || name.text().startsWith(".")) {
            throw Cursor.error(name, "expected a map name after .map but found " + name.describe() + usage);
        }
        for (ParsedSource.MapDecl m : maps) {
            if (m.spec().name().equals(name.text())) {
                throw Cursor.error(name, "map '" + name.text() + "' is already declared at line " + m.at().line());
            }
        }
        Token typeTok = c.next();
        MapType type = typeTok.kind() == TokenKind.IDENT ? MapType.byName(typeTok.text()) : null;
        if (type == null) {
            StringBuilder known = new StringBuilder();
            for (MapType t : MapType.values()) {
                known.append(known.length() == 0 ? "" : ", ").append(t.shortName);
            }
            throw Cursor.error(typeTok, "unknown map type " + typeTok.describe() + "; known types: " + known);
        }
        long[] values = {-1, -1, -1, 0};
        String[] keys = {"key", "value", "max_entries", "flags"};
        while (!c.atEnd()) {
            Token key = c.next();
            int which = -1;
            for (int i = 0; i < keys.length; i++) {
                if (key.isWord(keys[i])) {
                    which = i;
                }
            }
            if (which < 0) {
                throw Cursor.error(key, "unknown map setting " + key.describe() + usage);
            }
            c.expect("=");
            values[which] = c.unsigned(keys[which], which == 3 ? 0xffffffffL : 0x7fffffffL);
        }
        for (int i = 0; i < 3; i++) {
            if (values[i] < 0) {
                throw Cursor.error(c.peek(), "map '" + name.text() + "' needs " + keys[i] + "=N" + usage);
            }
        }
        maps.add(new ParsedSource.MapDecl(new MapSpec(name.text(), type, (int) values[0], (int) values[1],
                (int) values[2], (int) values[3]), directive));
    }
}
