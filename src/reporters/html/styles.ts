/**
 * The report's stylesheet, inlined into the HTML (no external request, no web font: system font stacks).
 * Colours were chosen for at least 4.5:1 contrast (white on every badge colour, dark text on white); the
 * browser test measures it. The print rules drop the controls and keep findings whole across pages.
 */
export const CSS = `
:root { color-scheme: light; --text: #1a1a1a; --muted: #4b5563; --line: #d1d5db; --link: #0b57d0; --bg-soft: #f3f4f6;
  --critical: #8b1a1a; --high: #9a3412; --medium: #7c4a03; --low: #1e40af; --info: #374151; --pass: #166534; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--text); background: #fff; }
a { color: var(--link); }
:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.skip { position: absolute; left: -10000px; top: 0; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem 1rem; z-index: 10; }
header.top, main, footer.bottom, nav.toc { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
header.top { padding-top: 1.5rem; border-bottom: 1px solid var(--line); }
header.top p { margin: .25rem 0; color: var(--muted); }
nav.toc ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: .75rem 0; margin: 0; }
h1 { font-size: 1.75rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h2 { font-size: 1.4rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1.05rem; margin: 0 0 .25rem; }
h5 { font-size: .95rem; margin: .75rem 0 .25rem; }
.summary-grid { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.summary-grid > div:last-child { flex: 1 1 20rem; }
.grade { border: 2px solid var(--text); border-radius: .5rem; padding: .75rem 1.25rem; text-align: center; min-width: 9rem; }
.grade .letter { display: block; font-size: 3rem; font-weight: 700; line-height: 1; }
.counts { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
.counts li { border: 1px solid var(--line); border-radius: .375rem; padding: .4rem .75rem; }
.counts strong { font-size: 1.3rem; margin-right: .35rem; }
.method { color: var(--muted); font-size: .9rem; }
.worst li { margin-bottom: .5rem; }
.badge { display: inline-block; color: #fff; border-radius: .25rem; padding: 0 .45rem; font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .02em; margin-right: .35rem; }
.sev-critical { background: var(--critical); } .sev-high { background: var(--high); } .sev-medium { background: var(--medium); }
.sev-low { background: var(--low); } .sev-info { background: var(--info); } .out-pass { background: var(--pass); }
.out-fail, .out-needs-review, .out-error, .out-not-applicable { background: var(--info); }
.filters { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; background: var(--bg-soft); display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-end; }
.filters fieldset { border: 0; padding: 0; margin: 0; }
.filters legend, .filters label.block { font-weight: 600; }
.filters label { margin-right: .75rem; white-space: nowrap; }
.filters select { font: inherit; padding: .2rem; max-width: 28rem; }
.filters input[type=checkbox] { width: 1.1rem; height: 1.1rem; vertical-align: -.15rem; }
.status { color: var(--muted); margin: .5rem 0; }
.group { margin-top: 1.5rem; }
.group > h3 small { font-weight: 400; color: var(--muted); }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--info); border-radius: .375rem; padding: .75rem 1rem; margin: .75rem 0; break-inside: avoid; }
.finding.sev-critical-border { border-left-color: var(--critical); } .finding.sev-high-border { border-left-color: var(--high); }
.finding.sev-medium-border { border-left-color: var(--medium); } .finding.sev-low-border { border-left-color: var(--low); }
.finding p { margin: .35rem 0; }
.finding .meta { color: var(--muted); font-size: .9rem; }
.finding ul { margin: .25rem 0; padding-left: 1.25rem; }
.finding code, td code { overflow-wrap: anywhere; }
blockquote { margin: .35rem 0; padding: .25rem .75rem; border-left: 4px solid var(--line); background: var(--bg-soft); }
blockquote cite { display: block; font-style: normal; color: var(--muted); font-size: .9rem; }
figure { margin: .5rem 0; } figure img { max-width: 100%; max-height: 24rem; border: 1px solid var(--line); }
figcaption { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .95rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: var(--bg-soft); }
.chart svg { max-width: 100%; height: auto; }
.chart text { fill: #1a1a1a; font: 14px system-ui, sans-serif; }
.chart rect { fill: var(--low); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer.bottom { border-top: 1px solid var(--line); margin-top: 2rem; padding-top: 1rem; padding-bottom: 2rem; color: var(--muted); font-size: .9rem; }
[hidden] { display: none !important; }
@media print {
  body { font-size: 10pt; }
  .skip, nav.toc, .filters, .status, noscript { display: none !important; }
  header.top, main, footer.bottom { max-width: none; padding: 0; }
  h2 { break-after: avoid; } h3, h4 { break-after: avoid; }
  /* Findings may span pages (a tall one would otherwise leave half a page blank); their parts may not. */
  .finding { break-inside: auto; } h5 { break-after: avoid; }
  figure, blockquote, li, tr, .grade, .summary-grid { break-inside: avoid; }
  a.cite::after { content: " (" attr(href) ")"; color: var(--muted); font-size: .85em; overflow-wrap: anywhere; }
}
`;
