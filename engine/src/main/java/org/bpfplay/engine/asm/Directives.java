package org.bpfplay.engine.asm;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.maps.MapType;

/**
 * Assembler directives. {@code .map NAME TYPE key=K value=V max_entries=N [flags=F]} declares a
 * map (bpfplay's own directive); the bookkeeping directives clang emits ({@code .globl},
 * {@code .type}, {@code .size}, {@code .p2align}, {@code .loc} ...) are accepted and ignored.
 * Sections are tracked so that {@code clang -S} output assembles: every code section joins the
 * one program, while data sections ({@code .maps}, {@code license}, {@code .BTF}, debug info)
 * are skipped, data directives and all. In a code section a data directive is an error: it
 * would put bytes among the instructions.
 */
final class Directives {
    private static final Set<String> IGNORED = Set.of(".globl", ".global", ".type", ".size",
            ".p2align", ".align", ".balign", ".file", ".ident", ".addrsig", ".addrsig_sym", ".local", ".weak",
            ".hidden", ".protected", ".internal", ".cfi_sections", ".loc", ".previous", ".popsection",
            ".set", ".equ", ".cfi_startproc", ".cfi_endproc", ".file_loc");
    private static final Set<String> DATA = Set.of(".byte", ".short", ".half", ".word", ".long", ".int", ".quad",
            ".2byte", ".4byte", ".8byte", ".ascii", ".asciz", ".string", ".zero", ".space", ".skip", ".fill",
            ".comm", ".lcomm", ".uleb128", ".sleb128", ".reloc");
    /** Sections that hold data whatever their flags say. */
    private static final List<String> DATA_SECTION_PREFIXES = List.of(".data", ".bss", ".rodata", ".maps", "maps",
            "license", "version", ".BTF", ".debug", ".llvm", ".note", ".comment", ".eh_frame", ".rel");

    private Directives() {
    }

    /**
     * A section: where the following statements go.
     *
     * @param name its name
     * @param code true if its instructions belong to the program
     */
    record Section(String name, boolean code) {
        static final Section TEXT = new Section(".text", true);
    }

    /**
     * Reads one directive. Returns the new section if the directive switches sections, else the
     * given one.
     */
    static Section directive(Cursor c, Section section, List<ParsedSource.MapDecl> maps) {
        Token name = c.next();
        String word = name.text().toLowerCase(Locale.ROOT);
        if (word.equals(".map")) {
            map(c, name, maps);
            return section;
        }
        if (word.equals(".text")) {
            skipRest(c);
            return Section.TEXT;
        }
        if (word.equals(".data") || word.equals(".bss") || word.equals(".rodata")) {
            skipRest(c);
            return new Section(word, false);
        }
        if (word.equals(".section") || word.equals(".pushsection")) {
            return section(c);
        }
        if (IGNORED.contains(word)) {
            skipRest(c);
        } else if (DATA.contains(word)) {
            if (section.code()) {
                throw Cursor.error(name, "data directive '" + name.text() + "' is not supported in code: a program"
                        + " here holds instructions only (declare maps with .map NAME TYPE key=K value=V"
                        + " max_entries=N)");
            }
            skipRest(c);
        } else if (!section.code()) {
            skipRest(c); // whatever else data sections hold is no business of the program's
        } else {
            throw Cursor.error(name, "unknown directive '" + name.text() + "'");
        }
        return section;
    }

    private static void skipRest(Cursor c) {
        while (!c.atEnd()) {
            c.next();
        }
    }

    /** {@code .section NAME[, "FLAGS"[, @TYPE...]]}: code unless a data name or flags without x. */
    private static Section section(Cursor c) {
        StringBuilder name = new StringBuilder();
        while (!c.atEnd() && !c.peek().is(",")) {
            String part = c.next().text();
            name.append(part.startsWith("\"") && part.endsWith("\"") && part.length() >= 2
                    ? part.substring(1, part.length() - 1) : part);
        }
        String flags = null;
        if (c.match(",") && c.peek().kind() == TokenKind.STRING) {
            flags = c.next().text();
        }
        skipRest(c);
        String n = name.toString();
        boolean code = flags == null || flags.contains("x");
        for (String prefix : DATA_SECTION_PREFIXES) {
            if (n.startsWith(prefix)) {
                code = false;
            }
        }
        return new Section(n, code);
    }

    /**
     * {@code .map NAME TYPE key=K value=V max_entries=N [flags=F] [inner=TEMPLATE]}, the settings in
     * any order; TEMPLATE (array_of_maps / hash_of_maps: the inner map template) is a map declared
     * before, as the kernel needs the template's fd to create the outer map.
     */
    private static void map(Cursor c, Token directive, List<ParsedSource.MapDecl> maps) {
        String usage = " (write .map NAME TYPE key=K value=V max_entries=N [flags=F] [inner=MAP])";
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
        String inner = null;
        while (!c.atEnd()) {
            Token key = c.next();
            if (key.isWord("inner")) {
                c.expect("=");
                inner = innerTemplate(c, name, type, maps);
                continue;
            }
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
                (int) values[2], (int) values[3], inner), directive));
    }

    /** The TEMPLATE of {@code inner=TEMPLATE}: a map of maps naming a plain map declared before it. */
    private static String innerTemplate(Cursor c, Token name, MapType type, List<ParsedSource.MapDecl> maps) {
        Token t = c.next();
        if (type != MapType.ARRAY_OF_MAPS && type != MapType.HASH_OF_MAPS) {
            throw Cursor.error(t, "inner= is for array_of_maps and hash_of_maps, not for a " + type + " map");
        }
        if (t.kind() != TokenKind.IDENT) {
            throw Cursor.error(t, "expected the name of the inner map template after inner= but found " + t.describe());
        }
        for (ParsedSource.MapDecl m : maps) {
            if (m.spec().name().equals(t.text())) {
                if (m.spec().type() == MapType.ARRAY_OF_MAPS || m.spec().type() == MapType.HASH_OF_MAPS) {
                    throw Cursor.error(t, "map '" + t.text() + "' is itself a map of maps: only one level of maps"
                            + " in maps");
                }
                return t.text();
            }
        }
        throw Cursor.error(t, "inner=" + t.text() + ": no map '" + t.text() + "' is declared before map '"
                + name.text() + "'");
    }
}
