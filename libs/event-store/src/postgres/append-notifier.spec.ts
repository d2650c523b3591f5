import { AppendNotifier } from './append-notifier';

/** Whether a promise has settled once the microtasks run (wake-ups are synchronous). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('append notifier', () => {
  const send = jest.fn(async () => undefined);
  let notifier: AppendNotifier;
  beforeEach(() => {
    jest.useFakeTimers();
    send.mockClear();
    notifier = new AppendNotifier({});
  });
  afterEach(() => jest.useRealTimers());

  it('wakes a subscription to a category only for appends to it, and one to every category for all', async () => {
    const incidents = notifier.wait(notifier.current(['incident']), 60_000, ['incident']);
    const everything = notifier.wait(notifier.current(), 60_000);
    notifier.announce(send, 'actioncardrun');
    expect(await settled(everything)).toBe(true);
    expect(await settled(incidents)).toBe(false);
    notifier.announce(send, 'incident');
    expect(await settled(incidents)).toBe(true);
  });

  it('wakes a subscription to several categories for an append to any of them', async () => {
    const both = notifier.wait(notifier.current(['incident', 'learningpolicy']), 60_000, ['incident', 'learningpolicy']);
    notifier.announce(send, 'actioncardrun');
    expect(await settled(both)).toBe(false);
    notifier.announce(send, 'learningpolicy');
    expect(await settled(both)).toBe(true);
  });

  it('answers at once a wait whose mark moved while the subscription read', async () => {
    const seen = notifier.current(['incident']);
    notifier.announce(send, 'incident');
    expect(await settled(notifier.wait(seen, 60_000, ['incident']))).toBe(true);
    const other = notifier.current(['riskcase']);
    notifier.announce(send, 'incident');
    expect(await settled(notifier.wait(other, 60_000, ['riskcase']))).toBe(false);
  });

  it('tells other processes once per window, naming every category appended to in it', async () => {
    notifier.announce(send, 'incident');
    notifier.announce(send, 'actioncardrun');
    notifier.announce(send, 'incident');
    expect(send).not.toHaveBeenCalled();
    jest.advanceTimersByTime(10);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('SELECT pg_notify($1, $2)', ['event_store_appended', 'incident,actioncardrun']);
    notifier.announce(send, 'riskcase');
    jest.advanceTimersByTime(10);
    expect(send).toHaveBeenLastCalledWith('SELECT pg_notify($1, $2)', ['event_store_appended', 'riskcase']);
  });

  it('wakes every subscription when it closes', async () => {
    const incidents = notifier.wait(notifier.current(['incident']), 60_000, ['incident']);
    await notifier.close();
    expect(await settled(incidents)).toBe(true);
  });
});
