import { BASE_CSS, SMALL_SCREENS_CSS } from './page-styles';

/**
 * The pages' styles, plus the learning page's: reviews as a list of cards, the timeline with marked moments highlighted
 * (and said in words), forms folded away until opened, and the plain conflict note of the summary editor.
 */
export const LEARNING_CSS =
  BASE_CSS +
  `
.lead { color: #333; max-width: 50rem; }
.learning-section { margin-top: 2rem; }
.learning-section > h2 { border-bottom: 2px solid #0b4f9c; padding-bottom: .2rem; }
.status:empty { display: none; }
.status.failed { border: 2px solid #b00020; background: #fdecee; padding: .5rem .75rem; }
.back { margin: 1rem 0 0; }
.hint { margin: .1rem 0 .3rem; }
.small, .muted { font-size: .9rem; }
.summary { font-size: 1.05rem; max-width: 50rem; }
.table-scroll { overflow-x: auto; max-width: 100%; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.nowrap { white-space: nowrap; }
.inline-form { display: flex; gap: .5rem; align-items: baseline; flex-wrap: wrap; margin: .5rem 0; }
.inline-form label { display: inline; }
.inline-form select { width: auto; }
ul.review-list { list-style: none; padding: 0; }
li.review-row { background: #fff; border: 1px solid #ccc; border-left: 6px solid #0b4f9c; padding: .4rem .75rem; margin-bottom: .6rem; }
li.review-row.is-overdue { border-left-color: #c62828; background: #fff8f6; }
li.review-row p { margin: .15rem 0; }
.review-title { font-weight: 600; font-size: 1.05rem; }
.policy-line { font-style: italic; }
.badge.repeat { color: #5b2a86; }
.published-note, .agreed-note { background: #e8f3ea; border-left: 6px solid #2e7d32; padding: .5rem .75rem; }
.caution { background: #fff8e1; border-left: 6px solid #b26a00; padding: .5rem .75rem; max-width: 50rem; }
.conflict { border: 2px solid #b26a00; background: #fff8e1; padding: .5rem .75rem; margin: .5rem 0; max-width: 44rem; }
.conflict blockquote, .summary-text { background: #fff; border-left: 4px solid #999; margin: .3rem 0; padding: .3rem .75rem; white-space: pre-wrap; }
ol.timeline { padding-left: 1.5rem; }
li.moment { background: #fff; border: 1px solid #ddd; padding: .3rem .6rem; margin-bottom: .4rem; }
li.moment p { margin: .1rem 0; }
li.moment.marked { border: 2px solid #b26a00; background: #fff8e1; }
.moment-when { font-size: .9rem; color: #333; }
.moment-what { font-weight: 600; }
.ref { font-family: ui-monospace, monospace; }
.small-button { font-size: .9rem; padding: .1rem .6rem; }
.item-group h3 { margin-bottom: .2rem; }
ul.items { padding-left: 1.2rem; }
li.review-item { margin-bottom: .5rem; }
li.review-item.withdrawn .item-text { text-decoration: line-through; color: #555; }
.rests-on p, .rests-on ul { margin: .1rem 0; font-size: .9rem; }
details.add-form { background: #fff; border: 1px solid #ccc; padding: .3rem .75rem; margin: .6rem 0; }
details.add-form > summary, details.start-review > summary { cursor: pointer; font-weight: 600; color: #0b4f9c; }
details.start-review { background: #fff; border: 1px solid #ccc; padding: .3rem .75rem; margin: 1rem 0; }
form.command-form { margin: .3rem 0 .6rem; }
form.inline-command { border-left: 4px solid #b26a00; padding-left: .6rem; }
fieldset.choices { border: 1px solid #ccc; margin: .5rem 0; max-width: 44rem; }
fieldset.pick-list { max-height: 16rem; overflow-y: auto; }
label.choice { font-weight: 400; display: flex; gap: .4rem; align-items: baseline; margin: .15rem 0; }
label.choice input { width: auto; }
ol.addenda li { margin-bottom: .6rem; }
` +
  SMALL_SCREENS_CSS;
