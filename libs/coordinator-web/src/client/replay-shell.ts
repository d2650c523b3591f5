import { BASE_CSS, SMALL_SCREENS_CSS } from './page-styles';

/** The coordinator's styles, plus the record picker, the slider and the replay's two columns where there is room. */
export const REPLAY_CSS =
  BASE_CSS +
  `
.lead { color: #333; max-width: 46rem; }
form.pick { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; background: #fff; border: 1px solid #ccc; padding: .5rem .75rem; }
form.pick .field { min-width: 12rem; }
form.pick input[name="id"] { min-width: 22rem; max-width: 100%; }
.slider { background: #fff; border: 1px solid #ccc; padding: .5rem .75rem; margin: .75rem 0; }
.slider input[type="range"] { width: 100%; }
.replay { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; }
.replay section, .side section { background: #fff; border: 1px solid #ccc; padding: .5rem .75rem; }
ol.events li.later { color: #666; }
ol.events li.now { font-weight: 600; }
dl.known { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .75rem; margin: 0; }
dl.known dt { font-weight: 600; }
dl.known dd { margin: 0; word-break: break-word; }
dl.known dd dl.known { display: block; }
dl.known dd dl.known dt { margin-top: .15rem; }
dl.known dd dl.known dd { margin-left: .75rem; }
dl.known dd ol { margin: 0; padding-left: 1.2rem; }
.short-id { font-family: monospace; border-bottom: 1px dotted #666; }
.table-scroll { overflow-x: auto; max-width: 100%; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
ul.records { columns: 2 18rem; }
ul.verdicts { list-style: none; padding: 0; margin: 0; }
ul.verdicts li.verdict { border-left: .35rem solid #888; padding: .3rem .6rem; margin: .5rem 0; background: #fafafa; }
ul.verdicts li.kept { border-color: #2e7d32; }
ul.verdicts li.breached { border-color: #b71c1c; background: #fff5f5; }
ul.verdicts li.not-yet-due { border-color: #1565c0; }
ul.verdicts p { margin: .2rem 0; }
ol.evidence { margin: .2rem 0; padding-left: 1.4rem; }
#store-verdict.verifies { color: #1b5e20; }
#store-verdict.fails { color: #b71c1c; }
#run-steps td.step-then { min-width: 14rem; }
` +
  SMALL_SCREENS_CSS;
