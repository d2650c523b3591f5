import { Subject } from 'rxjs';
import { LiveConnections } from './live-connections';

describe('live connections per actor', () => {
  it('refuses the one over the limit with 429 and counts a closed feed back', () => {
    const live = new LiveConnections(2);
    const feeds = [live.hold('ST-AAAA01', new Subject()).subscribe(), live.hold('ST-AAAA01', new Subject()).subscribe()];
    expect(() => live.hold('ST-AAAA01', new Subject())).toThrow(expect.objectContaining({ status: 429 }));
    expect(() => live.hold('ST-BBBB02', new Subject()).subscribe()).not.toThrow();
    feeds[0].unsubscribe();
    expect(live.held('ST-AAAA01')).toBe(1);
    expect(() => live.hold('ST-AAAA01', new Subject()).subscribe()).not.toThrow();
  });
});
