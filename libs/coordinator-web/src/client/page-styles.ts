/** A little CSS: readable, high contrast, overdue never shown by colour alone (the text says so too). Every page builds on it. */
export const BASE_CSS = `
:root { font-family: system-ui, sans-serif; color: #1a1a1a; background: #fafafa; line-height: 1.4; }
body { margin: 0 auto; max-width: 72rem; padding: 0 1rem 3rem; }
a { color: #0b4f9c; }
:focus-visible { outline: 3px solid #f0a000; outline-offset: 2px; }
.skip-link { position: absolute; left: -999px; }
.skip-link:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
.top { display: flex; gap: 1.5rem; align-items: baseline; flex-wrap: wrap; border-bottom: 1px solid #ccc; }
.brand { font-weight: 700; margin-right: auto; }
.languages p { margin: 0; }
.languages button { margin: 0; }
.languages button[aria-pressed="true"] { font-weight: 700; text-decoration: underline; }
.signed-in { margin: 1rem 0; }
.signed-in form.sign-out { display: inline; margin: 0 0 0 .5rem; }
.signed-in form.sign-out button { margin: 0; }
.muted { color: #555; font-size: .9rem; }
.problem { border: 2px solid #b00020; background: #fdecee; padding: .75rem; margin: 1rem 0; }
.notice:empty { display: none; }
.notice { background: #e8f3ea; border-left: 4px solid #2e7d32; padding: .5rem .75rem; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; background: #fff; }
th, td { border: 1px solid #ccc; padding: .4rem .5rem; text-align: left; vertical-align: top; }
tr.has-overdue { background: #fff4e5; }
.overdue, .badge.overdue, .badge.late, .lateness { color: #8a1c00; font-weight: 600; }
.exercise-mark { display: inline-block; margin-left: .5em; padding: 0 .4em; color: #0b4f9c; border: 1px dashed #0b4f9c; font-size: .8em; }
ul.overdue-list { margin: 0; padding-left: 1rem; }
ol.steps { padding-left: 1.5rem; }
li.step { background: #fff; border: 1px solid #ccc; border-left: 6px solid #999; padding: .5rem .75rem; margin-bottom: .75rem; }
li.step.status-done { border-left-color: #2e7d32; }
li.step.status-skipped { border-left-color: #6d4c41; }
li.step.overdue { border-left-color: #c62828; background: #fff4f2; }
li.step h3 { margin: .2rem 0; font-size: 1.05rem; }
.badge { display: inline-block; font-size: .8rem; border: 1px solid currentColor; border-radius: .3rem; padding: 0 .3rem; margin-left: .3rem; }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .1rem .75rem; margin: .4rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
form.action, details { margin: .4rem 0; }
label { display: block; font-weight: 600; margin-top: .3rem; }
textarea, input, select { font: inherit; width: 100%; max-width: 36rem; box-sizing: border-box; }
button { font: inherit; margin-top: .3rem; padding: .25rem .8rem; cursor: pointer; }
[aria-invalid="true"] { border: 2px solid #b00020; }
.field-error { color: #b00020; font-weight: 600; margin: .2rem 0; }
.field-error:empty { display: none; }
ol.timeline li { margin-bottom: .2rem; }
`;

/**
 * Small screens (a phone, 375 px wide): nothing of the main content scrolls sideways and nothing is hidden. Every table in
 * main reflows into one card a row, each cell headed by its column's header (data-label, set by labelTables in basics); the
 * facts lists go to one column; long words and references wrap. Each page appends this after its own styles, so it wins.
 */
export const SMALL_SCREENS_CSS = `
main { display: block; min-width: 0; }
img, canvas, svg, video { max-width: 100%; }
@media (max-width: 600px) {
  body { padding: 0 .6rem 2rem; }
  .top { gap: 0 1rem; }
  .top p { margin: .4rem 0; }
  main h1 { font-size: 1.5rem; }
  main p, main li, main dd, main dt, main td, main th, main caption, main summary, main label, main code, main h1, main h2, main h3 { overflow-wrap: anywhere; }
  dl.facts, dl.known { grid-template-columns: minmax(0, 1fr); gap: 0; }
  dl.facts dd, dl.known dd { margin: 0 0 .35rem; }
  ol.steps, ol.log, ol.timeline { padding-left: 1.2rem; }
  li.entry.correction { margin-left: .5rem; }
  textarea, input, select { max-width: 100%; }
  #main .table-scroll { overflow: visible; }
  #main table, #main thead, #main tbody, #main tfoot, #main tr, #main th, #main td, #main caption { display: block; width: auto; min-width: 0; max-width: 100%; box-sizing: border-box; }
  #main table { border: 0; background: transparent; }
  #main table.stack > thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  #main tbody > tr, #main tfoot > tr { background: #fff; border: 1px solid #ccc; margin-bottom: .75rem; }
  #main tbody > tr.has-overdue { background: #fff4e5; border-left: 6px solid #c62828; }
  #main th, #main td { border: 0; border-bottom: 1px solid #eee; text-align: left; white-space: normal; }
  #main tbody > tr > th:first-child { background: #f0f4fa; }
  #main td[data-label]::before, #main th[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
  #main td:empty { display: none; }
  form.pick input[name="id"], form.pick .field { min-width: 0; width: 100%; }
  .replay { grid-template-columns: minmax(0, 1fr); }
}
`;

/** The coordinator's page: the base, then the small screens' rules. */
export const COORDINATOR_CSS = BASE_CSS + SMALL_SCREENS_CSS;
