import { Controller, Get, HttpCode, Inject, Logger, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Principal, SESSION_COOKIE, SignedIn, TOKEN_VERIFIER, TokenRejected, TokenVerifier } from '@vigil/identity';
import type { Request, Response } from 'express';
import { negotiateLanguage } from '@vigil/i18n';
import { PostgresPendingSignIns } from './postgres-sign-in-tables';
import { RelyingParty, SignInFailed } from './relying-party';
import { safeReturnPath } from './return-path';
import { clearedCookie, readCookie, SIGN_IN_COOKIE, signInCookie, sessionCookie } from './session-cookie';
import { WebSessionStore } from './session-store';
import { cancelledPage, failedSignInPage, staleSignInPage, unreachablePage, unusableTokenPage } from './sign-in-pages';
import { SIGN_IN_PAGE_HEADERS } from './page-html';
import { SIGN_IN_SETTINGS, SignInSettings } from './sign-in-settings';
import { describePerson, SignedInPerson } from './words';
import { signInLanguage } from './sign-in-language';
import { tokenReason } from './token-reason';
import { SignedInPersonDto } from './signed-in-person.dto';

/**
 * The pages' sign-in (backend-for-frontend): the browser is sent to the provider and back, the tokens stay on the
 * server, and the browser keeps only an HttpOnly session cookie, which the API's AuthGuard resolves on every request.
 */
@ApiTags('sign-in')
@Controller('auth')
export class SignInController {
  private readonly logger = new Logger('SignIn');

  constructor(
    @Inject(SIGN_IN_SETTINGS) private readonly settings: SignInSettings,
    private readonly relyingParty: RelyingParty,
    private readonly sessions: WebSessionStore,
    private readonly pending: PostgresPendingSignIns,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  /** `/auth/sign-in?return=/coordinator`: off to the provider's sign-in, back at `return` (a path on this Vigil) after. */
  @Get('sign-in')
  @ApiExcludeEndpoint()
  async signIn(@Req() request: Request, @Res() response: Response, @Query('return') returnParameter?: string): Promise<void> {
    // The callback comes back to the configured address: start there, or the sign-in cookie would be on another host.
    if (!this.settings.baseConfigured && request.get('host') !== new URL(this.settings.base).host) {
      response.redirect(303, `${this.settings.base}${request.originalUrl}`);
      return;
    }
    const returnTo = safeReturnPath(returnParameter, this.settings.base);
    try {
      const authorization = await this.relyingParty.authorizationRequest();
      await this.pending.put(authorization.state, { nonce: authorization.nonce, codeVerifier: authorization.codeVerifier, returnTo });
      response.setHeader('Set-Cookie', signInCookie(request, this.settings.secureCookies, authorization.state));
      response.redirect(303, authorization.url);
    } catch (error) {
      if (!(error instanceof SignInFailed)) throw error;
      this.logger.warn(error.message);
      response
        .status(503)
        .set(SIGN_IN_PAGE_HEADERS)
        .send(unreachablePage(signInLanguage(request.headers), this.settings.issuer, returnTo));
    }
  }

  /** The provider's answer: checked (state, issuer, PKCE, nonce), exchanged for tokens, a session opened. */
  @Get('callback')
  @ApiExcludeEndpoint()
  async callback(@Req() request: Request, @Res() response: Response, @Query() query: Record<string, unknown>): Promise<void> {
    const state = typeof query.state === 'string' ? query.state : '';
    const started = readCookie(request, SIGN_IN_COOKIE);
    response.append('Set-Cookie', clearedCookie(request, this.settings.secureCookies, SIGN_IN_COOKIE, '/auth'));
    const pending = state && started === state ? await this.pending.take(state) : null;
    const page = (status: number, html: string) => void response.status(status).set(SIGN_IN_PAGE_HEADERS).send(html);
    const language = signInLanguage(request.headers);
    if (!pending) return page(400, staleSignInPage(language));
    let tokens;
    try {
      tokens = await this.relyingParty.exchange(new URL(request.originalUrl, this.settings.base), { ...pending, state });
    } catch (error) {
      if (!(error instanceof SignInFailed)) throw error;
      if (error.cancelled) return page(401, cancelledPage(language, pending.returnTo));
      this.logger.warn(`sign-in refused: ${error.code} ${error.message}`);
      return page(error.code === 'unreachable' ? 503 : 401, failedSignInPage(language, error.message, pending.returnTo));
    }
    let principal: Principal;
    try {
      principal = await this.verifier.verify(tokens.accessToken);
    } catch (error) {
      if (!(error instanceof TokenRejected)) throw error;
      this.logger.warn(`sign-in with an access token Vigil cannot use: ${error.reason}`);
      return page(403, unusableTokenPage(language, tokenReason(error, language), pending.returnTo));
    }
    const session = await this.sessions.open(principal.staffRef, tokens);
    const maxAge = Math.floor((session.expiresAt.getTime() - Date.now()) / 1000);
    response.append('Set-Cookie', sessionCookie(request, this.settings.secureCookies, session.cookieValue, maxAge));
    response.redirect(303, pending.returnTo);
  }

  /** Ends the session here, then at the provider (its end-session endpoint), or back to the start page. */
  @Post('sign-out')
  @ApiExcludeEndpoint()
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    const cookie = readCookie(request, SESSION_COOKIE);
    const ended = cookie ? await this.sessions.end(cookie) : null;
    if (ended?.refreshToken) await this.relyingParty.revoke(ended.refreshToken);
    const continueTo = ended ? await this.relyingParty.endSessionUrl(ended.idToken) : `${this.settings.base}/`;
    response.setHeader('Set-Cookie', clearedCookie(request, this.settings.secureCookies, SESSION_COOKIE, '/'));
    // The pages ask for JSON and navigate themselves (a form's redirect to another origin would meet their form-action).
    if (request.accepts(['html', 'json']) === 'json') {
      response.status(200).json({ signedOut: ended !== null, continueTo });
      return;
    }
    response.redirect(303, continueTo);
  }

  @Get('me')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Who is signed in',
    description:
      'The staff reference, roles and unit the access token names, and the same in words in the language Accept-Language asks for (Danish, Norwegian Bokmål or English). 401 when nobody is.',
  })
  @ApiOkResponse({ type: SignedInPersonDto })
  me(@SignedIn() principal: Principal, @Req() request: Request, @Res({ passthrough: true }) response: Response): SignedInPerson {
    const language = negotiateLanguage(request.headers['accept-language']);
    response.setHeader('Content-Language', language);
    response.vary('Accept-Language');
    return describePerson(principal, language);
  }
}
