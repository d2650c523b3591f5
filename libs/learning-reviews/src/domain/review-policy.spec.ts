import { decidePublishCatalogue, initialCatalogue, Intervention } from './catalogue';
import { decidePublishPolicy, initialPolicy, PolicyRule, ruleFor } from './review-policy';
import { errorOf } from './review.test-kit';

const rule = (overrides: Partial<PolicyRule> = {}): PolicyRule => ({
  rule: 'hospitalised-full-review',
  title: 'Fuld gennemgang ved indlæggelse',
  when: { kinds: ['violence'], injuryAtLeast: 'hospitalised' },
  review: 'full',
  startWithinDays: 5,
  finishWithinDays: 56,
  ...overrides,
});
const policy = { version: 2, rules: [rule(), rule({ rule: 'serious-after-action', when: { severityAtLeast: 'serious' }, review: 'after-action' })] };
const incident = { kind: 'violence', target: 'staff-on-duty', severity: 'moderate' };

describe('the review policy', () => {
  it('catches an incident by the first rule it falls under, injury and severity at least as bad as the rule says', () => {
    expect(ruleFor(policy, { ...incident, physicalInjury: 'hospitalised' })?.rule).toBe('hospitalised-full-review');
    expect(ruleFor(policy, { ...incident, physicalInjury: 'fatal' })?.rule).toBe('hospitalised-full-review');
    expect(ruleFor(policy, { ...incident, physicalInjury: 'treated', severity: 'critical' })?.rule).toBe('serious-after-action');
    expect(ruleFor(policy, { ...incident, physicalInjury: 'treated' })).toBeNull();
  });

  it('does not catch by injury an incident whose report carries none (contract v1)', () => {
    expect(ruleFor(policy, incident)).toBeNull();
  });

  it('publishes a next version, refusing bad days and the same rules again', () => {
    expect(decidePublishPolicy({ rules: [rule()], reason: 'Første politik', actor: 'ST-7K3Q9P' }, initialPolicy)[0].data.version).toBe(1);
    expect(errorOf(() => decidePublishPolicy({ rules: [rule({ finishWithinDays: 2 })], reason: 'Forkert', actor: 'ST-7K3Q9P' }, initialPolicy))).toMatchObject({
      field: 'rules[0].finishWithinDays',
    });
    expect(errorOf(() => decidePublishPolicy({ rules: [rule()], reason: 'Igen', actor: 'ST-7K3Q9P' }, { version: 1, rules: [rule()] }))).toMatchObject({
      code: 'no-change',
    });
  });
});

describe('the catalogue', () => {
  const paired: Intervention = {
    id: 'paired-searches',
    title: 'Visitation to og to',
    category: 'organisational',
    horizon: 'short',
    kinds: ['violence'],
    ownerRole: 'institution-manager',
    description: 'Visitationer foretages altid af to betjente.',
  };

  it('publishes versions of distinct interventions', () => {
    expect(decidePublishCatalogue({ interventions: [paired], reason: 'Første katalog', actor: 'ST-7K3Q9P' }, initialCatalogue)[0].data.version).toBe(1);
    expect(errorOf(() => decidePublishCatalogue({ interventions: [paired, paired], reason: 'Dobbelt', actor: 'ST-7K3Q9P' }, initialCatalogue))).toMatchObject({
      field: 'interventions',
    });
  });
});
