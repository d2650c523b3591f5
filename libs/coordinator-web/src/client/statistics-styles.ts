import { BASE_CSS, SMALL_SCREENS_CSS } from './page-styles';

/**
 * The pages' styles, plus the statistics page's: controls side by side, a chart beside its table, the heat map's shades
 * (each cell also says its change in words), and a print layout for the yearly report.
 */
export const STATISTICS_CSS =
  BASE_CSS +
  `
.lead { color: #333; max-width: 50rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.print-only { display: none; }
form.controls { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: 0 1rem; background: #fff; border: 1px solid #ccc; padding: .5rem .75rem; margin: 1rem 0; }
form.controls .hint { margin: .1rem 0 .3rem; }
form.controls .control-actions { grid-column: 1 / -1; margin: .3rem 0; }
@media (min-width: 56rem) { form.controls .field.wide { grid-column: span 2; } }
.definition { background: #fff; border: 1px solid #ccc; border-left: 6px solid #0b4f9c; padding: .25rem .75rem; margin: 1rem 0; }
.definition.break { border-left-color: #8a1c00; }
.break-note strong { color: #8a1c00; }
.stats-section { margin-top: 2rem; }
.stats-section h2 { border-bottom: 2px solid #0b4f9c; padding-bottom: .2rem; }
.status:empty { display: none; }
.status.failed { border: 2px solid #b00020; background: #fdecee; padding: .5rem .75rem; }
.summary { font-size: 1.05rem; max-width: 50rem; }
.small { font-size: .85rem; color: #444; }
.table-scroll { overflow-x: auto; max-width: 100%; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.nowrap { white-space: nowrap; }
td.why p, td.nowrap p { margin: 0 0 .2rem; }
td.why { min-width: 16rem; }
#report-reasons { width: auto; min-width: 24rem; }
.chart-and-table { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; align-items: start; }
.chart-and-table.stacked { grid-template-columns: minmax(0, 1fr); }
.chart-and-table.stacked .chart-box { max-width: 48rem; }
@media (max-width: 60rem) { .chart-and-table { grid-template-columns: minmax(0, 1fr); } }
figure.chart { margin: 0; background: #fff; border: 1px solid #ccc; padding: .5rem; }
.chart-box { position: relative; height: 20rem; width: 100%; }
.chart-box canvas { max-width: 100%; }
.downloads { margin: .3rem 0 1rem; }
.inline-form { display: flex; gap: .5rem; align-items: baseline; flex-wrap: wrap; }
.inline-form label { display: inline; }
.inline-form select { width: auto; }
form.report-form { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: 0 1rem; background: #fff; border: 1px solid #ccc; padding: .5rem .75rem; margin-bottom: 1rem; }
form.report-form fieldset { border: 0; padding: 0; margin: .3rem 0; }
form.report-form legend { font-weight: 600; padding: 0; }
form.report-form label.choice { font-weight: 400; display: flex; gap: .4rem; align-items: baseline; margin: .1rem 0; }
form.report-form label.choice input { width: auto; }
form.report-form .filter-actions { grid-column: 1 / -1; margin: .3rem 0; }
.not-yet { color: #666; }
.mark { display: inline-block; border: 1px solid currentColor; border-radius: .3rem; padding: 0 .3rem; margin-right: .3rem; font-size: .85rem; }
td.verdict-met { background: #e8f3ea; }
td.verdict-missed { background: #fdecee; }
td.verdict-not-final, td.verdict-not-assessed { background: #f4f4f4; }
tr.fulfilment th, tr.fulfilment td { font-weight: 600; background: #f0f4fa; }
td.heat-same { background: #ffffff; }
td.heat-up-1 { background: #fde9d9; }
td.heat-up-2 { background: #f9c29a; }
td.heat-up-3 { background: #ef8a47; }
td.heat-down-1 { background: #e3eef9; }
td.heat-down-2 { background: #b3d0ee; }
td.heat-down-3 { background: #78a9dd; }
td.heat-none { background: #f4f4f4; }
ul.heat-legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .9rem; }
ul.heat-legend .swatch { display: inline-block; width: 1rem; height: 1rem; border: 1px solid #999; margin-right: .3rem; vertical-align: middle; }
.swatch.heat-same { background: #ffffff; }
.swatch.heat-up-1 { background: #fde9d9; }
.swatch.heat-up-2 { background: #f9c29a; }
.swatch.heat-up-3 { background: #ef8a47; }
.swatch.heat-down-1 { background: #e3eef9; }
.swatch.heat-down-2 { background: #b3d0ee; }
.swatch.heat-down-3 { background: #78a9dd; }

@media print {
  @page { size: A4; margin: 15mm; }
  :root { background: #fff; font-size: 10pt; }
  body { max-width: none; padding: 0; }
  .top, .skip-link, form.controls, form.report-form, #report-form-box, .inline-form, .downloads, .notice, .no-print, details { display: none !important; }
  .print-only { display: block; }
  .print-heading { font-weight: 600; }
  .chart-and-table { display: block; }
  figure.chart { border: 0; padding: 0; margin-bottom: .5rem; break-inside: avoid; }
  .chart-box { height: 8cm; }
  .table-scroll { overflow: visible; }
  table { font-size: 8.5pt; }
  th, td { padding: .15rem .3rem; }
  tr, .definition, .summary { break-inside: avoid; }
  h2, h3, caption { break-after: avoid; }
  .stats-section { margin-top: 1rem; }
  td, .swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
` +
  SMALL_SCREENS_CSS;
