import { Role } from '@vigil/identity';

/** One person the demo provider can sign in as: a role in a unit the demo data has records in. */
export interface DemoAccount {
  readonly staffRef: string;
  readonly roles: readonly Role[];
  /** `national`, `area:<slug>` or `institution:<slug>`, as the vigil_unit claim carries it. */
  readonly unit: string;
  /** What this person does in Vigil, in a sentence for the sign-in page. */
  readonly does: string;
}

/**
 * One account per role. The units are the ones the demo data fills: the Nyborg action-card run and placement
 * (Syddanmark), the off-duty threat run in Hovedstaden, the crisis activations at Renbæk and Østjylland.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { staffRef: 'ST-DEMO01', roles: ['coordinator'], unit: 'area:syddanmark', does: 'Follows action cards for incidents in the area, step by step.' },
  {
    staffRef: 'ST-DEMO02',
    roles: ['crisis-lead', 'crisis-staff'],
    unit: 'national',
    does: 'Activates crisis readiness, sets the level and leads the crisis staff.',
  },
  { staffRef: 'ST-DEMO03', roles: ['staff'], unit: 'institution:nyborg', does: 'Reports incidents of violence, threats and harassment.' },
  { staffRef: 'ST-DEMO04', roles: ['risk-assessor'], unit: 'area:hovedstaden', does: 'Assesses the risk to threatened people and keeps their safety plans.' },
  {
    staffRef: 'ST-DEMO05',
    roles: ['placement-officer'],
    unit: 'institution:nyborg',
    does: 'Records security-cell placements and the notes the rules require.',
  },
  { staffRef: 'ST-DEMO06', roles: ['institution-manager'], unit: 'institution:nyborg', does: 'Reviews placements and corrects incidents at the institution.' },
  { staffRef: 'ST-DEMO07', roles: ['safety-partnership'], unit: 'national', does: 'Reads the figures: counts per month, never one incident or person.' },
  { staffRef: 'ST-DEMO08', roles: ['auditor'], unit: 'national', does: 'Reads records and their history, changing nothing.' },
  { staffRef: 'ST-DEMO09', roles: ['administrator'], unit: 'national', does: 'Publishes action cards, crisis plans and rule sets; certifies risk assessors.' },
];

export const findDemoAccount = (staffRef: unknown): DemoAccount | undefined => DEMO_ACCOUNTS.find((account) => account.staffRef === staffRef);

/** The claims Vigil reads from an access token, for this account. */
export const demoClaims = (account: DemoAccount) => ({ staff_ref: account.staffRef, vigil_roles: [...account.roles], vigil_unit: account.unit });
