/** A little CSS: readable, high contrast, overdue never shown by colour alone (the text says so too). */
export const COORDINATOR_CSS = `
:root { font-family: system-ui, sans-serif; color: #1a1a1a; background: #fafafa; line-height: 1.4; }
body { margin: 0 auto; max-width: 72rem; padding: 0 1rem 3rem; }
a { color: #0b4f9c; }
:focus-visible { outline: 3px solid #f0a000; outline-offset: 2px; }
.skip-link { position: absolute; left: -999px; }
.skip-link:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
.top { display: flex; gap: 1.5rem; align-items: baseline; flex-wrap: wrap; border-bottom: 1px solid #ccc; }
.brand { font-weight: 700; margin-right: auto; }
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
.overdue, .badge.overdue { color: #8a1c00; font-weight: 600; }
.exercise-mark { display: inline-block; margin-left: .5em; padding: 0 .4em; color: #0b4f9c; border: 1px dashed #0b4f9c; font-size: .8em; }
ul.overdue-list { margin: 0; padding-left: 1rem; }
ol.steps { padding-left: 1.5rem; }
li.step { background: #fff; border: 1px solid #ccc; border-left: 6px solid #999; padding: .5rem .75rem; margin-bottom: .75rem; }
li.step.status-done { border-left-color: #2e7d32; }
li.step.status-skipped { border-left-color: #6d4c41; }
li.step.overdue { border-left-color: #c62828; background: #fff4f2; }
li.step h3 { margin: .2rem 0; font-size: 1.05rem; }
.badge { display: inline-block; font-size: .8rem; border: 1px solid currentColor; border-radius: .3rem; padding: 0 .3rem; margin-left: .3rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: .4rem 0; }
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
