/**
 * The action cards' uniform handling (GET /action-card-figures): per card and area, the mandatory steps of runs started in
 * the chosen years, done on time, late, skipped or still open. That API answers JSON only, so its CSV is made in the page.
 */
export const STATISTICS_ACTION_CARDS_JS = String.raw`
async function loadActionCards(generation) {
  busy('action-cards', w('stats.cards.reading'));
  const params = new URLSearchParams({ from: state.from + '-01-01', to: state.to + 1 + '-01-01' });
  if (state.area) params.set('area', state.area);
  const path = '/action-card-figures?' + params.toString();
  const res = await api('GET', path);
  if (generation !== currentGeneration) return;
  if (!res.ok) return failed('action-cards', res);
  const items = res.body.items || [];
  const part = (n, share) => num(n) + (share === null || share === undefined ? '' : ' (' + percent(share) + ')');
  const headings = ['card', 'area', 'runs', 'mandatory', 'onTime', 'late', 'skipped', 'open', 'overdue'].map((key) => w('stats.cards.' + key));
  const rows = items.map((i) =>
    h('tr', {},
      rowHead({}, slugWords(i.templateId)),
      h('td', {}, areaWords(i.area)),
      numCell(i.runs),
      numCell(i.mandatory),
      h('td', { class: 'num' }, part(i.onTime, i.shares.onTime)),
      h('td', { class: 'num' }, part(i.late, i.shares.late)),
      h('td', { class: 'num' }, part(i.skipped, i.shares.skipped)),
      h('td', { class: 'num' }, part(i.open, i.shares.open)),
      numCell(i.openOverdue)));
  const csv = items.map((i) => [slugWords(i.templateId), areaWords(i.area), i.runs, i.mandatory, i.onTime, i.late, i.skipped, i.open, i.openOverdue]);
  const what = w('stats.cards.what');
  const none = state.area ? w('stats.cards.noneIn', { area: areaWords(state.area) }) : w('stats.cards.none');
  const caption = w('stats.cards.caption', { from: state.from, to: state.to, place: areaWords(state.area) });
  show('action-cards', items.length ? '' : none,
    items.length ? dataTable('action-cards-table', caption, [h('tr', {}, headings.map((t) => th(t)))], rows) : null,
    h('p', { class: 'downloads' }, csvLink(w('stats.cards.file') + '-' + state.from + '-' + state.to, headings, csv, what), ' · ', jsonLink(path, what)));
}
`;
