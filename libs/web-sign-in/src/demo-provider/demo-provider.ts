import type { INestApplication } from '@nestjs/common';
import type { Language } from '@vigil/i18n';
import { VigilConfig } from '@vigil/config';
import type { NextFunction, Request, Response } from 'express';
import type { ServerResponse } from 'node:http';
import { DataSource } from 'typeorm';
import { SIGN_IN_PAGE_HEADERS } from '../page-html';
import { inProcessIssuer, publicBaseUrl } from '../sign-in-settings';
import { demoClaims, findDemoAccount } from './demo-accounts';
import { accountPickerPage, interactionExpiredPage, loggedOutPage, logoutPage, providerErrorPage } from './demo-pages';
import { DemoSecrets, loadOrCreateDemoSecrets } from './demo-secrets';
import { postgresAdapter } from './postgres-adapter';
import { signInLanguage } from '../sign-in-language';
import { say } from '../sign-in-words';

// oidc-provider is ESM-only: loaded with a dynamic import (kept by the SWC build), and only when `npm start` mounts it.
const loadOidcProvider = () => import('oidc-provider');
type OidcProviderModule = Awaited<ReturnType<typeof loadOidcProvider>>;
type Provider = InstanceType<OidcProviderModule['default']>;
type ProviderConfiguration = NonNullable<ConstructorParameters<OidcProviderModule['default']>[1]>;

/** The resource indicator of Vigil's API: tokens for it are JWTs for the audience VIGIL_OIDC_AUDIENCE. */
export const VIGIL_RESOURCE = 'urn:vigil:api';
export const SWAGGER_CLIENT_ID = 'vigil-swagger';
const ACCESS_TOKEN_SECONDS = 15 * 60;
/** Which client a person signs in to, in their language: the API docs by name, anything else as Vigil's pages. */
const clientName = (clientId: string, language: Language) => say(language, clientId === SWAGGER_CLIENT_ID ? 'demo.client.swagger' : 'demo.client.pages');

/** Everything the demo provider needs, known before the app is built (the pages' client secret goes into the config). */
export interface DemoProviderSetup {
  readonly issuer: string;
  readonly base: string;
  readonly audience: string;
  readonly webClientId: string;
  readonly sessionTtlHours: number;
  readonly secrets: DemoSecrets;
}

/** Reads (or makes, on the first start) the demo provider's keys under VIGIL_DATA_DIR. */
export function prepareDemoProvider(config: VigilConfig): DemoProviderSetup {
  return {
    issuer: inProcessIssuer(config),
    base: publicBaseUrl(config),
    audience: config.VIGIL_OIDC_AUDIENCE,
    webClientId: config.VIGIL_OIDC_CLIENT_ID,
    sessionTtlHours: config.VIGIL_SESSION_TTL_HOURS,
    secrets: loadOrCreateDemoSecrets(config.VIGIL_DATA_DIR),
  };
}

/**
 * Mounts the demo OpenID provider under /oidc of the app (before configureHttp: its token endpoint takes form posts,
 * which the API's JSON-only body guard would refuse). Its sign-in pages are this file's; its records live in PostgreSQL.
 */
export async function mountDemoProvider(app: INestApplication, setup: DemoProviderSetup): Promise<void> {
  const oidc = await loadOidcProvider();
  const provider = new oidc.default(setup.issuer, demoConfiguration(oidc, setup, app.get(DataSource)));
  provider.proxy = setup.base.startsWith('https:');
  app.use('/oidc/interaction', interactionRoutes(provider));
  app.use('/oidc', provider.callback());
}

function demoConfiguration(oidc: OidcProviderModule, setup: DemoProviderSetup, dataSource: DataSource): ProviderConfiguration {
  const sessionSeconds = setup.sessionTtlHours * 3600;
  const origin = new URL(setup.base).origin;
  return {
    adapter: postgresAdapter(dataSource),
    clients: [
      {
        client_id: setup.webClientId,
        client_name: "Vigil's pages",
        client_secret: setup.secrets.webClientSecret,
        token_endpoint_auth_method: 'client_secret_basic',
        redirect_uris: [`${setup.base}/auth/callback`],
        post_logout_redirect_uris: [`${setup.base}/`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
      {
        client_id: SWAGGER_CLIENT_ID,
        client_name: 'the API documentation',
        token_endpoint_auth_method: 'none',
        redirect_uris: [`${setup.base}/api/docs/oauth2-redirect.html`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    clientBasedCORS: (_ctx, requestOrigin) => requestOrigin === origin,
    jwks: { keys: [setup.secrets.signingKey] },
    cookies: { keys: [...setup.secrets.cookieKeys], long: { httpOnly: true, sameSite: 'lax' }, short: { httpOnly: true, sameSite: 'lax' } },
    pkce: { required: () => true },
    scopes: ['openid', 'offline_access'],
    claims: { openid: ['sub'] },
    features: {
      devInteractions: { enabled: false },
      // A client revokes only its own tokens (the pages' sign-out revokes their refresh token).
      revocation: { enabled: true, allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.set(SIGN_IN_PAGE_HEADERS);
          ctx.body = logoutPage(signInLanguage(ctx.headers), form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.set(SIGN_IN_PAGE_HEADERS);
          ctx.body = loggedOutPage(signInLanguage(ctx.headers));
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => VIGIL_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== VIGIL_RESOURCE) throw new oidc.errors.InvalidTarget();
          return { scope: 'vigil', audience: setup.audience, accessTokenFormat: 'jwt', accessTokenTTL: ACCESS_TOKEN_SECONDS, jwt: { sign: { alg: 'RS256' } } };
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/oidc/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => (findDemoAccount(sub) ? { accountId: sub, claims: () => ({ sub }) } : undefined),
    extraTokenClaims: (_ctx, token) => {
      const account = 'accountId' in token ? findDemoAccount(token.accountId) : undefined;
      return account ? demoClaims(account) : undefined;
    },
    // Vigil's own two clients need no consent screen: the grant covers what they ask for.
    loadExistingGrant: async (ctx) => {
      const { client, session, provider, result } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      const grant =
        (grantId ? await provider.Grant.find(grantId) : undefined) ?? new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid offline_access');
      grant.addResourceScope(VIGIL_RESOURCE, 'vigil');
      await grant.save();
      return grant;
    },
    // Refresh tokens for the pages' client, bound to the provider's session (signing out there ends them).
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    ttl: {
      AccessToken: ACCESS_TOKEN_SECONDS,
      AuthorizationCode: 60,
      IdToken: 3600,
      RefreshToken: sessionSeconds,
      Interaction: 30 * 60,
      Session: sessionSeconds,
      Grant: sessionSeconds,
    },
    renderError: (ctx, out) => {
      ctx.set(SIGN_IN_PAGE_HEADERS);
      ctx.body = providerErrorPage(signInLanguage(ctx.headers), { ...out });
    },
  };
}

const send = (res: Response, status: number, html: string) => res.status(status).set(SIGN_IN_PAGE_HEADERS).send(html);

/** A small urlencoded form body (the account picker's), read here since the app's body parsers come after /oidc. */
async function readForm(req: Request): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 4096) break;
  }
  return new URLSearchParams(text);
}

/** The provider's interaction pages: GET shows who to sign in as, POST …/login signs in, POST …/abort cancels. */
function interactionRoutes(provider: Provider) {
  const handle = async (req: Request, res: Response, next: NextFunction) => {
    const match = /^\/([A-Za-z0-9_-]{10,100})(?:\/(login|abort))?$/.exec(req.path);
    if (!match) return next();
    const [, uid, action] = match;
    const raw: ServerResponse = res;
    const language = signInLanguage(req.headers);
    const details = await provider.interactionDetails(req, raw).catch(() => null);
    if (!details || details.uid !== uid) return send(res, 400, interactionExpiredPage(language));
    const clientId = String(details.params.client_id);
    if (req.method === 'GET' && !action) {
      if (details.prompt.name === 'login') return send(res, 200, accountPickerPage(language, uid, clientName(clientId, language)));
      return consent(provider, req, raw, details);
    }
    if (req.method !== 'POST' || !action) return send(res, 405, interactionExpiredPage(language));
    if (action === 'abort') {
      return provider.interactionFinished(
        req,
        raw,
        { error: 'access_denied', error_description: 'The person cancelled the sign-in.' },
        { mergeWithLastSubmission: false },
      );
    }
    const account = findDemoAccount((await readForm(req)).get('account'));
    if (!account) return send(res, 400, accountPickerPage(language, uid, clientName(clientId, language)));
    return provider.interactionFinished(req, raw, { login: { accountId: account.staffRef } }, { mergeWithLastSubmission: false });
  };
  return (req: Request, res: Response, next: NextFunction) => {
    handle(req, res, next).catch(next);
  };
}

/** Should the provider still ask for consent, grant what was asked: both clients are Vigil's own. */
async function consent(provider: Provider, req: Request, res: ServerResponse, details: Awaited<ReturnType<Provider['interactionDetails']>>): Promise<void> {
  const grant =
    (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ??
    new provider.Grant({ accountId: details.session?.accountId, clientId: String(details.params.client_id) });
  const missing = details.prompt.details as { missingOIDCScope?: string[]; missingResourceScopes?: Record<string, string[]> };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}
