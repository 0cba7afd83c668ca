// The program editor: CodeMirror 6 with the BPF assembly mode, line numbers, history and search.
// Colours come from CSS variables (styles.css) so the light/dark switch needs no reconfiguration.
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { syntaxHighlighting, bracketMatching } from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";
import { bpfAsm } from "./bpf-asm-language.js";

export const EXAMPLE = `; XDP: pass packets whose first byte is even, drop the others
; (the engine is not plugged in yet: this text is only highlighted)
start:
    r2 = *(u32 *)(r1 + 4)     ; data_end
    r1 = *(u32 *)(r1 + 0)     ; data
    r3 = r1
    r3 += 1
    if r3 > r2 goto pass      ; bounds check before the load
    r4 = *(u8 *)(r1 + 0)
    r4 &= 1
    if r4 != 0 goto drop
pass:
    r0 = 2                    ; XDP_PASS
    exit
drop:
    r0 = 1                    ; XDP_DROP
    exit
`;

/** Creates the editor in `parent`; `onChange(text)` is called after each edit. */
export function createEditor(parent, text, onChange) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
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
  };
}
