import { BASE_CSS, SMALL_SCREENS_CSS } from './page-styles';

/** The pages' styles plus the authoring page's: each step's editor a framed group, the preview like a run, changes marked in words and by a border. */
export const AUTHORING_CSS =
  BASE_CSS +
  `
.lead { color: #333; max-width: 50rem; }
.back { margin: 1rem 0 0; }
.authoring-section { margin-top: 2rem; }
.authoring-section > h2 { border-bottom: 2px solid #0b4f9c; padding-bottom: .2rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
.caution { background: #fff8e1; border-left: 6px solid #b26a00; padding: .5rem .75rem; max-width: 50rem; }
.new-link { font-weight: 600; }
.field { margin-bottom: .4rem; }
.field .muted { margin: .1rem 0 .2rem; }
ol.step-editors { padding-left: 0; list-style: none; }
li.step-editor > fieldset { background: #fff; border: 1px solid #ccc; border-left: 6px solid #0b4f9c; margin: 0 0 .8rem; padding: .3rem .75rem .5rem; min-width: 0; }
li.step-editor legend { font-weight: 700; }
input.amount { width: 7rem; }
select.unit { width: auto; margin-left: .4rem; }
.flags { display: flex; flex-wrap: wrap; gap: 0 1.5rem; margin-top: .4rem; }
fieldset.choices { border: 1px solid #ccc; margin: .5rem 0; max-width: 44rem; min-width: 0; }
fieldset.choices[aria-invalid="true"] { border: 2px solid #b00020; }
label.choice { font-weight: 400; display: flex; gap: .4rem; align-items: baseline; margin: .15rem 0; }
label.choice input { width: auto; }
.step-buttons button { font-size: .9rem; }
button.primary { font-weight: 700; }
.preview { background: #f4f7fb; border: 1px dashed #0b4f9c; padding: .5rem .75rem; }
.preview-card { font-size: 1.05rem; }
.compare-controls { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
.compare-controls select { width: auto; max-width: 100%; }
ul.diff { padding-left: 1.2rem; }
ul.diff > li { margin-bottom: .4rem; }
ul.diff > li.diff-added { border-left: 4px solid #2e7d32; padding-left: .4rem; list-style: none; margin-left: -1.2rem; }
ul.diff > li.diff-removed { border-left: 4px solid #8a1c00; padding-left: .4rem; list-style: none; margin-left: -1.2rem; }
ul.diff > li.diff-changed { border-left: 4px solid #b26a00; padding-left: .4rem; list-style: none; margin-left: -1.2rem; }
ul.versions { margin: 0; padding-left: 1.2rem; }
@media (max-width: 600px) {
  li.step-editor > fieldset { padding: .3rem .5rem .5rem; }
  input.amount { width: 5rem; }
}
` +
  SMALL_SCREENS_CSS;
