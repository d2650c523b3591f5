import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { validationExceptionFactory } from '@vigil/http-problems';
import { SIGN_IN_SETTINGS, SignInSettings, SWAGGER_CLIENT_ID } from '@vigil/web-sign-in';
import type { NextFunction, Request, Response } from 'express';
import { VIGIL_ROUTE_POLICIES } from './access/route-policies';
import { bodyGuard, CSV_UPLOADS } from './http-edge/body-guard';
import { text } from 'express';
import { completeDocument } from './openapi/complete-document';
import { addSignIn, signInEndpoints } from './openapi/sign-in-schemes';
import { noStore, securityHeaders } from './http-edge/security-headers';
import { contentLanguage } from './http-edge/content-language';

/** The sign-in settings of the app's WebSignInModule, when it has one. */
function signInSettingsOf(app: INestApplication): SignInSettings | null {
  try {
    return app.get<SignInSettings>(SIGN_IN_SETTINGS, { strict: false });
  } catch {
    return null;
  }
}

/** Body limits, validation, and the OpenAPI document at /api/docs (JSON at /api/docs-json), whose Authorize button signs in. */
export function configureHttp(app: INestApplication, bodyLimit: string): void {
  const express = app as NestExpressApplication;
  const signIn = signInSettingsOf(app);
  express.disable('x-powered-by');
  express.use(securityHeaders, noStore, contentLanguage);
  const issuerOrigin = signIn ? new URL(signIn.issuer).origin : null;
  const otherOrigin = signIn && issuerOrigin !== new URL(signIn.base).origin;
  express.use('/api/docs', (request: Request, response: Response, next: NextFunction) => {
    // Authorize opens the provider's sign-in in a popup, which hands the code back to this page through window.opener:
    // the page lets its popups keep it, and the popup's last page (oauth2-redirect.html) must not cut it off.
    if (request.path === '/oauth2-redirect.html') response.removeHeader('Cross-Origin-Opener-Policy');
    else response.setHeader('Cross-Origin-Opener-Policy', 'same-origin-allow-popups');
    // Swagger UI fetches the token from the provider itself: its page may connect there too.
    const policy = response.getHeader('Content-Security-Policy');
    if (otherOrigin && typeof policy === 'string')
      response.setHeader('Content-Security-Policy', policy.replace("connect-src 'self'", `connect-src 'self' ${issuerOrigin}`));
    next();
  });
  express.useBodyParser('json', { limit: bodyLimit, type: ['application/json', 'application/*+json'] });
  // A register's export is uploaded as it is: CSV, only where an import takes it, and larger than any command.
  for (const path of CSV_UPLOADS) express.use(path, text({ type: 'text/csv', limit: '20mb' }));
  express.use(bodyGuard);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  const builder = new DocumentBuilder()
    .setTitle('Vigil')
    .setDescription(
      'Incidents, action cards, crisis readiness, risk assessments and coercive measures of the prison and probation services. Every change is an event with its author and reason; every error is an RFC 9457 problem. Every request is made by a signed-in person: press Authorize to sign in, or send a bearer access token from the identity provider.',
    )
    .setVersion('0.1.0');
  const document = completeDocument(SwaggerModule.createDocument(app, addSignIn(builder, signIn).build()), VIGIL_ROUTE_POLICIES);
  const endpoints = signIn ? signInEndpoints(signIn) : null;
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    swaggerOptions: signIn
      ? {
          initOAuth: { clientId: SWAGGER_CLIENT_ID, usePkceWithAuthorizationCodeGrant: true, scopes: ['openid'] },
          // The address the provider knows for this client (Swagger UI's own guess drops the /docs of /api/docs).
          oauth2RedirectUrl: `${signIn.base}/api/docs/oauth2-redirect.html`,
        }
      : {},
    // An external provider's endpoints come from its discovery document, read once it answers.
    patchDocumentOnRequest: endpoints ? (_request, _response, current) => endpoints.apply(current) : undefined,
  });
}
