import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, Optional, UnauthorizedException } from '@nestjs/common';
import { said, Words } from '@vigil/event-sourcing';
import { problem, saidProblem, WORDS } from '@vigil/http-problems';
import { parse as parseCookies } from 'cookie';
import type { Request } from 'express';
import { ROUTE_POLICIES, RoutePolicies } from './route-policy';
import { hasRole, Principal, unitText } from './principal';
import { TOKEN_VERIFIER } from './identity.tokens';
import { TokenRejected, TokenVerifier } from './token-verifier';
import { SESSION_COOKIE, WEB_SESSIONS, WebSessions } from './web-sessions';

declare module 'express' {
  interface Request {
    /** Set by the AuthGuard once the bearer token or session has been checked. */
    principal?: Principal;
  }
}

/** `POST /incidents/:incidentId/corrections`: the route as Express matched it, the key of the policy table. */
export const routeKey = (request: Request) => `${request.method} ${request.baseUrl}${(request.route as { path?: string } | undefined)?.path ?? request.path}`;

/** A 401 in words for the reader, a token's rejection too (the verifier's words; its English reason goes to the logs and English readers read the catalogue's). */
const unauthorized = (detail: string, field = 'Authorization', words: Words | null = said('guard.sign-in')) =>
  new UnauthorizedException(
    words
      ? saidProblem(401, 'sign-in-required', words, detail, { errors: [{ field, message: detail, [WORDS]: words }] })
      : problem(401, 'sign-in-required', 'Sign-in required', detail, { errors: [{ field, message: detail }] }),
  );

/**
 * Every request: the route's policy from the one table (libs/platform/src/access/route-policies.ts); then who is
 * asking (a bearer token, or the pages' session cookie) and whether the policy lets that person through.
 * A route missing from the table is closed to everyone.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(ROUTE_POLICIES) private readonly policies: RoutePolicies,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Optional() @Inject(WEB_SESSIONS) private readonly sessions?: WebSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const policy = this.policies[routeKey(request)];
    if (policy?.kind === 'public') return true;
    request.principal = await this.authenticate(request);
    if (!policy) throw new ForbiddenException(saidProblem(403, 'no-policy', said('guard.no-policy'), 'This route declares no access policy, so it is closed.'));
    if (!hasRole(request.principal, ...policy.roles)) {
      const detail = `This needs one of the roles ${policy.roles.join(', ')}; you are signed in as ${request.principal.staffRef} with ${request.principal.roles.join(', ') || 'no role'} (${unitText(request.principal.unit)}).`;
      const mine = request.principal.roles;
      const words = said('guard.role-required', {
        roles: policy.roles.join(', '),
        ref: request.principal.staffRef,
        mine: mine.join(', '),
        count: mine.length,
        unit: unitText(request.principal.unit),
      });
      throw new ForbiddenException(saidProblem(403, 'role-required', words, detail));
    }
    return true;
  }

  private async authenticate(request: Request): Promise<Principal> {
    const header = request.header('authorization');
    let token: string | null = null;
    if (header !== undefined) {
      const match = /^Bearer ([A-Za-z0-9_.~+/=-]+)$/.exec(header);
      if (!match) throw unauthorized('The Authorization header must be "Bearer <access token>".', undefined, said('guard.bearer-form'));
      token = match[1];
    } else {
      const session = parseCookies(request.header('cookie') ?? '')[SESSION_COOKIE];
      if (session && this.sessions) token = await this.sessions.accessTokenFor(session);
      if (session && !token) throw unauthorized('Your session has ended; sign in again.', SESSION_COOKIE, said('guard.session-ended'));
    }
    if (!token) throw unauthorized('Sign in: send a bearer access token from the identity provider, or use the pages, which sign you in.');
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof TokenRejected) throw unauthorized(error.reason, error.field, error.words ?? null);
      throw error;
    }
  }
}
