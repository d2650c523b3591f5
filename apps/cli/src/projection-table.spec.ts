import { formatTable, projectionReport } from './projection-table';

describe('cli projections output', () => {
  it('pads columns to their widest cell and right-aligns numbers', () => {
    expect(
      formatTable(
        ['name', 'n'],
        [
          ['a', 5],
          ['longer', 120],
        ],
      ).split('\n'),
    ).toEqual(['name      n', '------  ---', 'a         5', 'longer  120']);
  });

  it('is a plain table with a summary, never undefined or a JavaScript object dump', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    const text = projectionReport(
      [
        { name: 'incidents.current', position: '3196/1917', behind: 0, updatedAt: new Date('2026-12-05T11:59:58Z') },
        { name: 'action-cards.runs', position: null, behind: 12, updatedAt: null },
      ],
      now,
    );
    expect(text.split('\n')).toEqual([
      'projection         position     behind  updated',
      '-----------------  -----------  ------  -------',
      'incidents.current  3196/1917         0  2 s ago',
      'action-cards.runs  not started      12  -',
      '',
      '2 projections, 1 behind (12 events not yet applied).',
    ]);
    expect(text).not.toMatch(/undefined|\(index\)|'/);
  });

  it('says so when every projection has caught up', () => {
    expect(projectionReport([{ name: 'incidents.current', position: '1/1', behind: 0, updatedAt: null }])).toMatch(/^1 projection, all caught up\.$/m);
  });
});
