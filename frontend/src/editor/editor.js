// The program editor: CodeMirror 6 with the BPF assembly mode, line numbers, history and search.
// Colours come from CSS variables (styles.css) so the light/dark switch needs no reconfiguration.
import { EditorState, StateEffect, StateField } from "@codemirror/state";
import { EditorView, Decoration, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection } from "@codemirror/view";
import { setDiagnostics, lintGutter } from "@codemirror/lint";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { syntaxHighlighting, bracketMatching } from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";
import { bpfAsm } from "./bpf-asm-language.js";

export const EXAMPLE = `# Sum the input bytes. Today a run gets r1 = the input (packet) bytes,
# r2 = their length, r10 = the top of the 512-byte stack.
    r0 = 0
    r3 = 0                   # index
loop:
    if r3 >= r2 goto done
    r4 = r1
    r4 += r3
    r5 = *(u8 *)(r4 + 0)
    r0 += r5
    r3 += 1
    goto loop
done:
    *(u64 *)(r10 - 8) = r0   # keep the sum on the stack too
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
