import { VigilConfig } from '@vigil/config';
import { inProcessIssuer } from '@vigil/web-sign-in';

/** The issuer Vigil trusts: the configured one, else the demo provider `npm start` runs in-process under /oidc. */
export function oidcIssuer(config: VigilConfig): string {
  return config.VIGIL_OIDC_ISSUER ?? inProcessIssuer(config);
}
