/** The TokenVerifier the AuthGuard uses (configured from VIGIL_OIDC_ISSUER and VIGIL_OIDC_AUDIENCE). */
export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');
