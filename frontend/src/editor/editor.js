// The program editor: CodeMirror 6 with the BPF assembly mode, line numbers, history and search.
// Colours come from CSS variables (styles.css) so the light/dark switch needs no reconfiguration.
import { EditorState, StateEffect, StateField } from "@codemirror/state";
import { EditorView, Decoration, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection } from "@codemirror/view";
import { setDiagnostics, lintGutter } from "@codemirror/lint";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { syntaxHighlighting, bracketMatching } from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";
import { bpfAsm } from "./bpf-asm-language.js";

export const EXAMPLE = `# XDP: counts packets per IPv4 protocol in an array map, then passes them.
# r1 = struct xdp_md: data and data_end point at the packet (program type: the Type menu).
.map counts array key=4 value=8 max_entries=256
    r2 = *(u32 *)(r1 + 0)        # data
    r3 = *(u32 *)(r1 + 4)        # data_end
    r4 = r2
    r4 += 34                     # Ethernet + IPv4 headers
    if r4 > r3 goto pass
    r4 = *(u8 *)(r2 + 23)        # IPv4 protocol
    *(u32 *)(r10 - 4) = r4       # the key, on the stack
    r1 = counts ll
    r2 = r10
    r2 += -4
    call bpf_map_lookup_elem
    if r0 == 0 goto pass
    r1 = 1
    lock *(u64 *)(r0 + 0) += r1  # counts[protocol] += 1
pass:
    r0 = 2                       # XDP_PASS
    exit
`;

// The source line of the instruction about to run, highlighted while stepping.
const setRunLine = StateEffect.define();
const runLineMark = Decoration.line({ class: "cm-runLine" });
const runLineField = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (e.is(setRunLine)) {
        deco = e.value > 0 && e.value <= tr.state.doc.lines
          ? Decoration.set([runLineMark.range(tr.state.doc.line(e.value).from)]) : Decoration.none;
      }
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** Creates the editor in `parent`; `onChange(text)` is called after each edit. */
export function createEditor(parent, text, onChange) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        lintGutter(),
        runLineField,
        highlightActiveLineGutter(),
        highlightActiveLine(),
        drawSelection(),
        history(),
        bracketMatching(),
        bpfAsm,
        syntaxHighlighting(classHighlighter),
        keymap.of([indentWithTab, ...defaultKeymap, ...historyKeymap]),
        EditorView.contentAttributes.of({ "aria-label": "BPF assembly program", spellcheck: "false" }),
        EditorView.updateListener.of((u) => { if (u.docChanged) onChange(u.state.doc.toString()); }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(t) { view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: t } }); },
    /** Assembler errors [{line, column, message}] as inline markers (an empty list clears them). */
    showErrors(errors) {
      const doc = view.state.doc;
      const diagnostics = errors.map((e) => {
        const line = doc.line(Math.min(Math.max(e.line, 1), doc.lines));
        const from = Math.min(line.from + Math.max(e.column, 1) - 1, line.to);
        const word = /^\S+/.exec(doc.sliceString(from, line.to));
        return { from, to: word ? from + word[0].length : line.to, severity: "error", message: e.message };
      });
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    /** Highlights the source line of the current instruction (0 = none). */
    showRunLine(line) { view.dispatch({ effects: setRunLine.of(line) }); },
    /** The 1-based line of the cursor. */
    cursorLine() { return view.state.doc.lineAt(view.state.selection.main.head).number; },
  };
}
