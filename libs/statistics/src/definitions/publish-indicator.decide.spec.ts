import { errorOf, givenFor } from '@vigil/event-sourcing';
import { STANDARD_INDICATORS } from '../demo/standard-indicators';
import { decidePublishIndicator } from '../domain/indicator';
import { INDICATOR_STREAM } from '../statistics-streams';

const given = givenFor(INDICATOR_STREAM.model);
const staff = STANDARD_INDICATORS[0];
const publish = (rules = staff.rules, reason = 'Agreed by the partnership') => ({ indicator: 'staff-episodes', rules, reason, actor: 'ST-PART01' });

describe('publishing an indicator definition', () => {
  it('publishes version 1, then each changed definition as the next version', () => {
    const [first] = decidePublishIndicator(publish(), given());
    expect(first.data).toMatchObject({ indicator: 'staff-episodes', version: 1, publishedBy: 'ST-PART01' });
    const next = decidePublishIndicator(publish({ ...staff.rules, locations: ['institution', 'off-duty'] }), given(first));
    expect(next[0].data.version).toBe(2);
  });

  it('refuses the same definition again: every version means a change', () => {
    const [first] = decidePublishIndicator(publish(), given());
    expect(errorOf(() => decidePublishIndicator(publish({ ...staff.rules, kinds: ['violence', 'threat'] }), given(first)))).toMatchObject({
      code: 'no-change',
    });
  });

  it('names the first rule that is wrong', () => {
    expect(errorOf(() => decidePublishIndicator(publish({ ...staff.rules, kinds: ['violence', 'fight'] }), given()))).toMatchObject({
      code: 'invalid-value',
      field: 'kinds',
      message: expect.stringContaining('"fight" is not one of'),
    });
    expect(errorOf(() => decidePublishIndicator(publish({ ...staff.rules, targets: [] }), given()))).toMatchObject({ field: 'targets' });
    expect(errorOf(() => decidePublishIndicator(publish({ ...staff.rules, cutOff: { month: 2, day: 30 } }), given()))).toMatchObject({ field: 'cutOff' });
    expect(errorOf(() => decidePublishIndicator(publish({ ...staff.rules, cutOff: { month: 1, day: 2 } }), given()))).toMatchObject({
      field: 'cutOff',
      message: 'cutOff must not come before firstRelease',
    });
    const perPerson = { ...staff.rules, counting: 'exposed-persons' as const, exposedPersons: [] };
    expect(errorOf(() => decidePublishIndicator(publish(perPerson), given()))).toMatchObject({ field: 'exposedPersons' });
    expect(errorOf(() => decidePublishIndicator(publish(staff.rules, ''), given()))).toMatchObject({ field: 'reason' });
  });

  it('stores codes sorted and deduplicated, so equal definitions compare equal', () => {
    const [event] = decidePublishIndicator(publish({ ...staff.rules, kinds: ['violence', 'threat', 'violence'] }), given());
    expect(event.data.rules.kinds).toEqual(['threat', 'violence']);
  });
});
