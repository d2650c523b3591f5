import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { validationExceptionFactory } from '@vigil/http-problems';
import { bodyGuard } from './http-edge/body-guard';
import { completeDocument } from './openapi/complete-document';
import { noStore, securityHeaders } from './http-edge/security-headers';

/** Body limits, validation, and the OpenAPI document at /api/docs (JSON at /api/docs-json). */
export function configureHttp(app: INestApplication, bodyLimit: string): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  express.use(securityHeaders, noStore);
  express.useBodyParser('json', { limit: bodyLimit, type: ['application/json', 'application/*+json'] });
  express.use(bodyGuard);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  const document = completeDocument(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Vigil')
        .setDescription(
          'Incidents, action cards, crisis readiness, risk assessments and coercive measures of the prison and probation services. Every change is an event with its author and reason; every error is an RFC 9457 problem.',
        )
        .setVersion('0.1.0')
        .addApiKey(
          { type: 'apiKey', in: 'header', name: 'X-Vigil-Actor', description: 'Pseudonymous staff reference of the acting user, e.g. ST-7K3Q9P' },
          'actor',
        )
        .addSecurityRequirements('actor')
        .build(),
    ),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
