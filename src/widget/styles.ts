/**
 * The widget's stylesheet, inside its shadow root. Hosts theme it with CSS custom properties set on
 * `civic-quiz` (or any ancestor): --civic-quiz-accent, --civic-quiz-accent-fg, --civic-quiz-bg,
 * --civic-quiz-fg, --civic-quiz-border, --civic-quiz-radius, --civic-quiz-right, --civic-quiz-wrong,
 * --civic-quiz-mark, --civic-quiz-max-width. The font is the host's (font: inherit).
 */
export const WIDGET_CSS = `
:host{display:block;font:inherit;line-height:1.5;color:var(--civic-quiz-fg,#1d1d1f);--a:var(--civic-quiz-accent,#1f4fd1);--b:var(--civic-quiz-border,#b4b8bf);--r:var(--civic-quiz-radius,12px)}
:host([hidden]){display:none}
.box{background:var(--civic-quiz-bg,#fff);border:1px solid var(--b);border-radius:var(--r);padding:1rem 1.25rem;max-width:var(--civic-quiz-max-width,48rem);box-sizing:border-box}
h2{font-size:1.25em;line-height:1.3;margin:0 0 .25em}
.hint{font-size:.9em;margin-top:-.5em}
p{margin:0 0 .75em}
a{color:var(--a)}
fieldset{border:1px solid var(--b);border-radius:var(--r);margin:0 0 1em;padding:.75em 1em;min-width:0}
legend{font-weight:600;float:left;width:100%;padding:0;margin:0 0 .5em}
legend+*{clear:both}
input,button{font:inherit}
.opt{display:flex;gap:.6em;align-items:baseline;padding:.3em 0;cursor:pointer}
input[type=radio]{accent-color:var(--a);margin:0;flex:none}
input[type=text]{display:block;margin-top:.25em;padding:.45em .6em;border:1px solid #6b6f76;border-radius:6px;width:100%;max-width:22em;box-sizing:border-box;background:var(--civic-quiz-bg,#fff);color:inherit}
button{background:var(--a);color:var(--civic-quiz-accent-fg,#fff);border:0;border-radius:var(--r);padding:.6em 1.3em;min-height:44px;font-weight:600;cursor:pointer}
button:disabled{opacity:.7;cursor:progress}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.fb{margin-top:.6em;padding-top:.6em;border-top:1px dashed var(--b)}
.fb p{margin:0}
.verdict{font-weight:700}
.ok .verdict{color:var(--civic-quiz-right,#146c2e)}
.no .verdict{color:var(--civic-quiz-wrong,#b3261e)}
blockquote{margin:.5em 0 0;padding-left:.75em;border-left:3px solid var(--a)}
mark{background:var(--civic-quiz-mark,#ffe27a);color:#1d1d1f;padding:0 .1em;border-radius:2px}
.score{font-weight:700;font-size:1.1em;margin:.75em 0 0}
.score:empty{display:none}
`
