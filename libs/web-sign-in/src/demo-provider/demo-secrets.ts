import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the demo provider must keep across restarts, so tokens and sessions it issued stay valid. */
export interface DemoSecrets {
  /** The RS256 private key its tokens are signed with (a JWK with kid, alg and use). */
  readonly signingKey: Record<string, unknown>;
  /** Keys its own cookies are signed with. */
  readonly cookieKeys: readonly string[];
  /** The secret of the `vigil-web` client, which Vigil's sign-in flow authenticates with. */
  readonly webClientSecret: string;
}

export const DEMO_SECRETS_FILE = 'demo-sign-in.json';

function generate(): DemoSecrets {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    signingKey: { ...privateKey.export({ format: 'jwk' }), kid: `demo-${randomBytes(6).toString('base64url')}`, alg: 'RS256', use: 'sig' },
    cookieKeys: [randomBytes(32).toString('base64url')],
    webClientSecret: randomBytes(32).toString('base64url'),
  };
}

function isSecrets(value: unknown): value is DemoSecrets {
  const v = value as Partial<DemoSecrets> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.signingKey === 'object' &&
    v.signingKey !== null &&
    typeof v.signingKey.d === 'string' &&
    Array.isArray(v.cookieKeys) &&
    v.cookieKeys.length > 0 &&
    typeof v.webClientSecret === 'string'
  );
}

/** The demo provider's keys from `<dataDir>/demo-sign-in.json` (owner-only), generated on the first start. */
export function loadOrCreateDemoSecrets(dataDir: string): DemoSecrets {
  const file = join(dataDir, DEMO_SECRETS_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    // Written whole beside it, then linked into place: never half a file, and a process that got there first wins.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(generate()), { mode: 0o600 });
    try {
      linkSync(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(temporary, { force: true });
    }
  }
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isSecrets(parsed)) throw new Error(`${file} is not the demo sign-in provider's key file; delete it to have a new one made (everyone signs in again).`);
  return parsed;
}
