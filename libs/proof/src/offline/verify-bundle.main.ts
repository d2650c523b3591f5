import { readFileSync } from 'node:fs';
import { verifyBundle } from './verify-bundle';

/** `npm run verify-bundle -- <bundle.json> --key <public key file> [--previous <kept checkpoint note>]`: exit 1 on any failure. */
function main(argv: string[]): number {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv.splice(at, 2)[1] : undefined;
  };
  const keyFile = option('--key');
  const previousFile = option('--previous');
  const [bundleFile] = argv;
  if (!bundleFile || !keyFile) {
    console.error('usage: npm run verify-bundle -- <bundle.json> --key <public key: .vkey or PEM> [--previous <kept checkpoint note>]');
    return 1;
  }
  let bundle: unknown;
  try {
    bundle = JSON.parse(readFileSync(bundleFile, 'utf8'));
  } catch (error) {
    console.error(`FAILED: ${bundleFile} is not a readable JSON bundle (${(error as Error).message})`);
    return 1;
  }
  const result = verifyBundle(bundle, readFileSync(keyFile, 'utf8'), previousFile ? readFileSync(previousFile, 'utf8') : undefined);
  for (const line of result.verified) console.log(`verified: ${line}`);
  for (const line of result.failures) console.log(`FAILED: ${line}`);
  console.log(result.ok ? 'The bundle verifies.' : `The bundle does NOT verify (${result.failures.length} failure(s)).`);
  return result.ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
