import { ROLES } from '@vigil/identity';
import { TestIssuer } from '../shared/test-issuer';

let issuer: TestIssuer | null = null;

/** The issuer the benchmarked apps trust (started once per run), so every request carries a real, verified token. */
export async function benchIssuer(): Promise<TestIssuer> {
  issuer ??= await new TestIssuer('/realms/vigil-bench').start();
  return issuer;
}

/** The Authorization header of the bench's actor: every role, national, valid for four hours. */
export function benchAuth(staffRef: string): { authorization: string } {
  if (!issuer) throw new Error('start the bench issuer (benchIssuer) first');
  const exp = Math.floor(Date.now() / 1000) + 4 * 3600;
  return { authorization: `Bearer ${issuer.token({ staff_ref: staffRef, vigil_roles: ROLES, vigil_unit: 'national', exp })}` };
}

export async function stopBenchIssuer(): Promise<void> {
  await issuer?.stop();
  issuer = null;
}

/** One bench actor sends thousands of commands a minute: the per-person limit would measure itself, so it is lifted. */
export const BENCH_COMMAND_LIMIT = '100000';
