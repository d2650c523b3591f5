import { addMonths, dayIn, effectOf, effectWindow, kindWords, monthIn, monthsFrom, unitWords } from './effect';

describe("an intervention's effect over time", () => {
  it('reads days and months in the services’ time zone and counts months across years', () => {
    expect(dayIn(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(monthIn(new Date('2025-03-31T22:30:00Z'))).toBe('2025-04');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2025-11', 14)).toBe('2027-01');
    expect(monthsFrom('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });

  it('compares the 12 whole months before the month it began with the 12 after, that month itself in neither', () => {
    const window = effectWindow(new Date('2025-03-14T09:00:00Z'), new Date('2026-06-01T10:00:00Z'));
    expect(window).toEqual({
      transition: '2025-03',
      before: { from: '2024-03', to: '2025-02' },
      after: { from: '2025-04', to: '2026-03' },
      lastWhole: '2026-05',
    });
  });

  it('gives totals, a monthly rate and the change, and says in words what was counted', () => {
    const window = effectWindow(new Date('2025-03-14T09:00:00Z'), new Date('2026-06-01T10:00:00Z'));
    const counts = monthsFrom('2024-03', '2026-03').map((month) => ({ month, count: month < '2025-03' ? 2 : month === '2025-03' ? 5 : 1 }));
    const effect = effectOf(window, counts, { kinds: ['violence', 'threat'], unit: 'institution:nyborg', title: 'Kursus' });
    expect(effect.before).toEqual({ from: '2024-03', to: '2025-02', months: 12, total: 24, perMonth: 2 });
    expect(effect.after).toEqual({ from: '2025-04', to: '2026-03', months: 12, total: 12, perMonth: 1 });
    expect(effect.transition).toEqual({ month: '2025-03', count: 5 });
    expect(effect.changePercent).toBe(-50);
    expect(effect.series).toHaveLength(25);
    expect(effect.summary).toBe(
      'Registered incidents of violence or threat at institution nyborg: 24 in the 12 months before "Kursus" was first under way (2 a month), ' +
        '12 in the 12 whole months after (1 a month): 50 % fewer registrations a month than before.',
    );
  });

  it('counts only months that have ended, and says when there is nothing to compare yet', () => {
    const early = effectWindow(new Date('2026-05-20T09:00:00Z'), new Date('2026-06-10T10:00:00Z'));
    const counts = monthsFrom('2025-05', '2026-05').map((month) => ({ month, count: 1 }));
    const effect = effectOf(early, counts, { kinds: ['threat'], unit: 'area:syddanmark', title: 'Alarm' });
    expect(effect.after).toMatchObject({ months: 0, total: 0, perMonth: null });
    expect(effect.transition).toEqual({ month: '2026-05', count: 1 });
    expect(effect.series.filter((p) => p.count === null).map((p) => p.month)).toEqual(monthsFrom('2026-06', '2027-05'));
    expect(effect.changePercent).toBeNull();
    expect(effect.summary).toMatch(/nothing to compare yet\.$/);
    const partial = effectOf(effectWindow(new Date('2026-01-05T09:00:00Z'), new Date('2026-06-10T10:00:00Z')), [], {
      kinds: [],
      unit: 'national',
      title: 'X',
    });
    expect(partial.after).toMatchObject({ months: 4, total: 0 });
    expect(partial.summary).toContain('in the 4 whole months after so far');
  });

  it('names kinds and units as a person reads them', () => {
    expect(kindWords(['violence', 'threat', 'psychological-violence'])).toBe('violence, threat or psychological violence');
    expect(unitWords('national')).toBe('across the service');
    expect(unitWords('area:midt-nord')).toBe('in area midt-nord');
  });
});
