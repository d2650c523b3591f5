import type { DocumentBuilder, OpenAPIObject } from '@nestjs/swagger';
import type { SignInSettings } from '@vigil/web-sign-in';

/** The names operations refer to: `oidc` (Swagger UI's Authorize: authorisation code with PKCE) and `bearer` (any access token). */
export const OIDC_SCHEME = 'oidc';
export const BEARER_SCHEME = 'bearer';

/** The provider's endpoints as the in-process demo provider has them (oidc-provider's routes). */
const conventional = (issuer: string) => ({ authorizationUrl: `${issuer.replace(/\/$/, '')}/auth`, tokenUrl: `${issuer.replace(/\/$/, '')}/token` });

/** Both schemes, and the requirement that every operation meets one of them (open ones say `security: []`). */
export function addSignIn(builder: DocumentBuilder, signIn: SignInSettings | null): DocumentBuilder {
  if (signIn) {
    builder
      .addOAuth2(
        {
          type: 'oauth2',
          description: `Sign in at ${signIn.inProcess ? 'the demo sign-in provider (pick a demo account; no passwords)' : 'the identity provider'}: authorisation code with PKCE, as the public client \`vigil-swagger\`.`,
          flows: {
            authorizationCode: {
              ...conventional(signIn.issuer),
              scopes: { openid: 'who you are (the access token carries your staff reference, roles and unit)' },
            },
          },
        },
        OIDC_SCHEME,
      )
      .addSecurityRequirements(OIDC_SCHEME, ['openid']);
  }
  return builder
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'An access token from the identity provider, with the claims staff_ref, vigil_roles and vigil_unit.',
      },
      BEARER_SCHEME,
    )
    .addSecurityRequirements(BEARER_SCHEME);
}

/**
 * An external provider's authorisation and token endpoints, from its discovery document (read on the first request
 * for the docs, again after a failure); until then the document names the conventional ones.
 */
export function signInEndpoints(signIn: SignInSettings): { apply(document: OpenAPIObject): Promise<OpenAPIObject> } | null {
  if (signIn.inProcess) return null;
  let known: { authorizationUrl: string; tokenUrl: string } | null = null;
  const discover = async () => {
    const response = await fetch(`${signIn.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(3000) });
    const body = (await response.json()) as { authorization_endpoint?: string; token_endpoint?: string };
    if (!response.ok || !body.authorization_endpoint || !body.token_endpoint) throw new Error('no endpoints');
    return { authorizationUrl: body.authorization_endpoint, tokenUrl: body.token_endpoint };
  };
  return {
    async apply(document) {
      known ??= await discover().catch(() => null);
      const endpoints = known ?? conventional(signIn.issuer);
      const schemes = document.components?.securitySchemes ?? {};
      const oidc = schemes[OIDC_SCHEME];
      if (!oidc || '$ref' in oidc || oidc.type !== 'oauth2' || !oidc.flows?.authorizationCode) return document;
      const authorizationCode = { ...oidc.flows.authorizationCode, ...endpoints };
      return {
        ...document,
        components: { ...document.components, securitySchemes: { ...schemes, [OIDC_SCHEME]: { ...oidc, flows: { ...oidc.flows, authorizationCode } } } },
      };
    },
  };
}
