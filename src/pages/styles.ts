/**
 * The one stylesheet, written by scripts/build-client.mjs to dist/public/static/app.css (a static
 * asset: served from the edge, outside the worker's upload) with its hash in src/generated/asset-versions.ts
 * for the pages' `?v=` cache-busting query. Mobile-first, system fonts, dark mode from
 * prefers-color-scheme, visible focus, 44 px tap targets, and rem-based sizes that hold at 200% zoom.
 */
export const APP_CSS = `
:root{--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#c9d1d9;--card:#f6f8fa;--accent:#0b57d0;--accent-fg:#fff;
--ok:#0f6b2f;--ok-bg:#e6f4ea;--bad:#a3162b;--bad-bg:#fdecee;--mark:#ffe58f;--mark-fg:#1b1f24;--focus:#b45309;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0f1419;--fg:#e6e8eb;--muted:#a4adb8;--line:#3a434d;--card:#182029;
--accent:#8ab4f8;--accent-fg:#0f1419;--ok:#81c995;--ok-bg:#12301d;--bad:#f4a3ad;--bad-bg:#3a1a1f;--mark:#6b5a12;--mark-fg:#fff8dc;--focus:#fbbf24}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:anywhere}
main,header.site,footer.site{max-width:46rem;margin:0 auto;padding:0 1rem}
header.site{padding-top:.75rem;padding-bottom:.25rem}
footer.site{color:var(--muted);font-size:.9rem;padding-bottom:2rem;border-top:1px solid var(--line);margin-top:2rem}
.brand{font-weight:700;color:var(--fg);text-decoration:none;display:inline-block;padding:.6rem 0;min-height:44px}
a{color:var(--accent)}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 .75rem}
h2{font-size:1.25rem;margin:1.75rem 0 .5rem}
h3{font-size:1.05rem;margin:1rem 0 .25rem}
.muted,.source{color:var(--muted)}
.skip{position:absolute;left:-999rem}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip:focus{left:1rem;top:.5rem;background:var(--bg);padding:.5rem;z-index:1}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
fieldset{border:1px solid var(--line);border-radius:.5rem;margin:0 0 1rem;padding:1rem;background:var(--card);min-width:0}
legend{font-weight:600;float:left;width:100%;padding:0;margin:0 0 .5rem}
legend+*{clear:both}
.option{display:flex;align-items:center;gap:.6rem;min-height:44px;padding:.35rem .5rem;border-radius:.375rem;cursor:pointer}
.option:hover{background:color-mix(in srgb,var(--accent) 10%,transparent)}
.option input{width:1.25rem;height:1.25rem;margin:0;flex:none;accent-color:var(--accent)}
label.field{display:block;font-weight:600;margin:.75rem 0 .25rem}
input[type=text],input[type=url],input[type=date],input[type=password],textarea{font:inherit;color:inherit;background:var(--bg);
border:1px solid var(--muted);border-radius:.375rem;padding:.55rem .65rem;min-height:44px;width:100%}
textarea{min-height:10rem;resize:vertical}
textarea.snippet{min-height:5rem;font:.85rem/1.4 ui-monospace,SFMono-Regular,Menlo,monospace}
button,.button{font:inherit;font-weight:600;min-height:44px;padding:.55rem 1.1rem;border-radius:.375rem;border:2px solid var(--accent);
background:var(--accent);color:var(--accent-fg);cursor:pointer;text-decoration:none;display:inline-flex;align-items:center}
button.secondary,.button.secondary{background:transparent;color:var(--accent)}
button[disabled]{opacity:.6;cursor:progress}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin:1rem 0}
.hint{color:var(--muted);font-size:.9rem;margin:.25rem 0 0}
.score{font-size:1.2rem;font-weight:700;margin:1rem 0}
.score:empty{display:none}
.error,.alert{color:var(--bad);background:var(--bad-bg);border-radius:.375rem;padding:.5rem .75rem}
.alert:empty{display:none}
.feedback{margin-top:.75rem;padding:.6rem .75rem;border-radius:.375rem;border-left:4px solid var(--line)}
.feedback[hidden]{display:none}
.feedback.right{border-color:var(--ok);background:var(--ok-bg)}
.feedback.wrong{border-color:var(--bad);background:var(--bad-bg)}
.verdict{font-weight:700;margin:0}
.right .verdict{color:var(--ok)}
.wrong .verdict{color:var(--bad)}
.feedback p{margin:.25rem 0}
blockquote.evidence{margin:.4rem 0 0;padding:0 0 0 .75rem;border-left:2px solid var(--muted);font-style:italic}
mark{background:var(--mark);color:var(--mark-fg);padding:0 .1em;border-radius:.15em;font-style:normal;font-weight:600}
ul.catalogue{list-style:none;padding:0}
ul.catalogue li{border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;margin:0 0 .75rem;background:var(--card)}
ul.catalogue h3{margin:0 0 .25rem}
.bar{height:.75rem;background:var(--line);border-radius:.375rem;overflow:hidden;margin:.25rem 0}
.bar>span{display:block;height:100%;background:var(--ok)}
.flag{display:inline-block;font-size:.9rem;font-weight:600;color:var(--bad);margin:.15rem 0}
.stat{list-style:none;padding:0}
.stat>li{border-top:1px solid var(--line);padding:.6rem 0}
.questions-list>li{margin:0 0 1rem}
.row{display:grid;gap:0 1rem}
@media (min-width:40rem){.row{grid-template-columns:1fr 1fr}h1{font-size:2rem}}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;overflow-wrap:normal}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
th{white-space:nowrap}td{overflow-wrap:break-word}
body.embed main{padding-top:.5rem}
[data-layout=paged] h1{font-size:1.3rem;margin:.25rem 0 .5rem}
.pager .actions{margin:.5rem 0}
.progress{color:var(--muted);margin:.5rem 0 0}
.result-list{padding-left:1.25rem}
button.link{background:none;border:0;color:var(--accent);padding:.25rem 0;text-decoration:underline;font-weight:400;text-align:left}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
.table-wrap{overflow-x:auto}
table.students th,table.students td{overflow-wrap:normal;word-break:normal;white-space:nowrap}
table.students th[scope=row]{white-space:normal;overflow-wrap:anywhere;font-weight:600}
caption{text-align:left;font-weight:600;padding:.25rem 0}
.warning{border-left:4px solid var(--focus);background:var(--card);padding:.5rem .75rem;border-radius:.375rem}
.badge{display:inline-block;font-size:.85rem;font-weight:600;border:1px solid var(--muted);border-radius:1rem;padding:0 .6rem;margin:0}
.field-error{color:var(--bad);font-size:.9rem;margin:.2rem 0 0}.field-error:empty{display:none}
select{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--muted);border-radius:.375rem;padding:.55rem .65rem;min-height:44px;width:100%;max-width:100%}
.option-edit{display:flex;gap:.6rem;align-items:center;margin:.35rem 0}.option-edit input[type=radio]{width:1.25rem;height:1.25rem;flex:none}
fieldset.preview{background:var(--bg);border-style:dashed}
.preview-box{border:1px dashed var(--line);border-radius:.5rem;padding:.5rem .75rem;margin:.5rem 0}
.candidates{list-style:none;padding:0}.candidates>li{border-top:1px solid var(--line);padding:.5rem 0}
details.article{border:1px solid var(--line);border-radius:.5rem;padding:.5rem 1rem;margin:0 0 1rem;background:var(--card)}
details.article summary{font-weight:600;min-height:44px;display:flex;align-items:center;cursor:pointer}
.stat>li.old{opacity:.9;border-top-style:dashed}
[hidden]{display:none!important}
`
  .replace(/\n/g, '')
  .trim()

/** A short hash of the stylesheet, for cache-busting its URL (FNV-1a, hex). */
export function cssVersion(css: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < css.length; i++) h = Math.imul(h ^ css.charCodeAt(i), 0x01000193) >>> 0
  return h.toString(16)
}
