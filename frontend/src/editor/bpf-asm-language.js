// BPF assembly in LLVM syntax, as a CodeMirror stream language: one token at a time, no parse tree.
// Enough for highlighting (registers, numbers, comments, labels, keywords, size casts); the real
// assembler lives in the engine and reports errors through the session protocol.
import { StreamLanguage } from "@codemirror/language";

const KEYWORDS = new Set(["goto", "gotol", "call", "callx", "exit", "if", "lock", "may_goto", "ll"]);
const TYPES = new Set(["u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64"]);
const BUILTINS = new Set(["be16", "be32", "be64", "le16", "le32", "le64", "bswap16", "bswap32", "bswap64",
  "atomic_fetch_add", "atomic_fetch_and", "atomic_fetch_or", "atomic_fetch_xor", "xchg", "cmpxchg_64",
  "cmpxchg32_32", "xchg_64", "xchg32_32", "addr_space_cast"]);

export const bpfAsm = StreamLanguage.define({
  name: "bpf-asm",
  startState: () => ({ inBlockComment: false }),
  token(stream, state) {
    if (state.inBlockComment) {
      if (stream.skipTo("*/")) { stream.match("*/"); state.inBlockComment = false; } else { stream.skipToEnd(); }
      return "blockComment";
    }
    if (stream.eatSpace()) return null;
    if (stream.match("/*")) { state.inBlockComment = true; return "blockComment"; }
    if (stream.match("//") || stream.match(";") || stream.match("#")) { stream.skipToEnd(); return "lineComment"; }
    // A label definition: at the start of a line, a name followed by ':'.
    if (stream.sol() || /^\s*$/.test(stream.string.slice(0, stream.start))) {
      if (stream.match(/^[A-Za-z_.$][\w.$]*(?=:)/)) return "labelName";
    }
    if (stream.match(/^\.[A-Za-z_][\w.]*/)) return "meta";           // directives: .text, .globl
    if (stream.match(/^[rw](10|[0-9])\b/)) return "variableName.special";
    if (stream.match(/^[+-]?0x[0-9a-fA-F]+\b/) || stream.match(/^[+-]?[0-9]+\b/)) return "number";
    const word = stream.match(/^[A-Za-z_][\w]*/);
    if (word) {
      const w = word[0];
      if (KEYWORDS.has(w)) return "keyword";
      if (TYPES.has(w)) return "typeName";
      if (BUILTINS.has(w)) return "variableName.function";
      return "labelName";                                          // a jump target or call name
    }
    if (stream.match(/^(<<=|>>=|s>>=|s>>|[-+*/%&|^]=|[<>!=]=|s?[<>]=?|<<|>>|=|[*&|^+-])/)) return "operator";
    if (stream.match(/^[()[\],:]/)) return "punctuation";
    stream.next();
    return null;
  },
  languageData: { commentTokens: { line: "#" } },
});
