import { BASE_CSS, SMALL_SCREENS_CSS } from './page-styles';

/**
 * The coordinator's styles plus the crisis board's: exercises hatched and labelled, corrected entries struck through but legible,
 * each evaluation point framed as one.
 */
export const CRISIS_CSS =
  BASE_CSS +
  `
ul.activations { list-style: none; padding: 0; }
li.activation { background: #fff; border: 1px solid #ccc; border-left: 6px solid #8a1c00; padding: .5rem .75rem; margin-bottom: 1rem; }
li.activation.is-exercise { border-left-color: #0b4f9c; background: repeating-linear-gradient(135deg, #fff, #fff 12px, #eef3fb 12px, #eef3fb 24px); }
li.activation h2, li.activation h3 { margin: .2rem 0; }
.badge.real { color: #8a1c00; font-weight: 700; }
.badge.exercise { color: #0b4f9c; font-weight: 700; border-style: dashed; }
.exercise-note { border: 2px dashed #0b4f9c; padding: .4rem .6rem; background: #eef3fb; }
ol.log { padding-left: 1.5rem; }
li.entry { background: #fff; border: 1px solid #ccc; border-left: 6px solid #2e7d32; padding: .5rem .75rem; margin-bottom: .75rem; }
li.entry.corrected { border-left-color: #999; background: #f4f4f4; }
li.entry.corrected .headline { text-decoration: line-through; }
li.entry.correction { margin-left: 1.5rem; }
.corrected-mark { color: #6d4c41; margin: .2rem 0; }
.badge.corrected { color: #6d4c41; }
.entry-number { font-weight: 700; }
.form-error { margin-top: .4rem; }
.field { margin-bottom: .2rem; }
#activate-plan { margin-bottom: 1rem; }
ul.roles { padding-left: 1.25rem; }
ul.roles > li { margin-bottom: .4rem; }
fieldset.evaluation-points, fieldset.evaluation-point { border: 1px solid #ccc; padding: .5rem .75rem; margin: .5rem 0; min-width: 0; }
fieldset.evaluation-point { background: #fff; }
` +
  SMALL_SCREENS_CSS;
