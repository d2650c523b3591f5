import { VigilConfig } from '@vigil/config';

/** What the sign-in flow needs to know, read once from the configuration. */
export interface SignInSettings {
  /** The externally visible base URL of this Vigil, without a trailing slash. */
  readonly base: string;
  /** The OpenID issuer people sign in at (the configured one, or the demo provider under /oidc). */
  readonly issuer: string;
  /** Whether that issuer is the demo provider running inside this process. */
  readonly inProcess: boolean;
  readonly clientId: string;
  readonly clientSecret?: string;
  readonly sessionTtlHours: number;
  /** Whether VIGIL_PUBLIC_URL named the base (else it is the listening address, and a browser may arrive under another name). */
  readonly baseConfigured: boolean;
  /** Whether the session cookie is marked Secure even on a request that arrived over http (a TLS-terminating proxy). */
  readonly secureCookies: boolean;
}

/** Where a browser reaches this Vigil: VIGIL_PUBLIC_URL, else the listening address (loopback for a wildcard HOST). */
export function publicBaseUrl(config: Pick<VigilConfig, 'VIGIL_PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  if (config.VIGIL_PUBLIC_URL) return config.VIGIL_PUBLIC_URL.replace(/\/+$/, '');
  const host = ['0.0.0.0', '::', ''].includes(config.HOST) ? '127.0.0.1' : config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  return `http://${host}:${config.PORT}`;
}

/** The demo provider's issuer, mounted under /oidc of this Vigil. */
export const inProcessIssuer = (config: Pick<VigilConfig, 'VIGIL_PUBLIC_URL' | 'HOST' | 'PORT'>): string => `${publicBaseUrl(config)}/oidc`;

export function signInSettings(config: VigilConfig): SignInSettings {
  const base = publicBaseUrl(config);
  return {
    base,
    baseConfigured: Boolean(config.VIGIL_PUBLIC_URL),
    issuer: config.VIGIL_OIDC_ISSUER ?? inProcessIssuer(config),
    inProcess: !config.VIGIL_OIDC_ISSUER,
    clientId: config.VIGIL_OIDC_CLIENT_ID,
    clientSecret: config.VIGIL_OIDC_CLIENT_SECRET,
    sessionTtlHours: config.VIGIL_SESSION_TTL_HOURS,
    secureCookies: base.startsWith('https:'),
  };
}

/** The Nest token of the SignInSettings. */
export const SIGN_IN_SETTINGS = Symbol('SIGN_IN_SETTINGS');
