import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { DataProtectionKernelModule } from '@vigil/data-protection';
import { protectedStore, protectionFor } from './data-protection/data-protection.wiring';
import { RevealInterceptor, revealOptionsFor } from './data-protection/reveal.interceptor';
import { TerminusModule } from '@nestjs/terminus';
import { VigilConfig } from '@vigil/config';
import { applyJurisdictions } from './jurisdictions';
import { Clock, EventStoreModule } from '@vigil/event-store';
import { PROBLEM_REVEALER, ProblemFilter } from '@vigil/http-problems';
import { CONTEXTS, UPCAST } from './contexts';
import { CoordinatorWebModule } from '@vigil/coordinator-web';
import { CommandHandlingModule } from '@vigil/command-handling';
import { PROBLEM_MAPPERS } from '@vigil/http-problems';
import { LiveConnectionsModule } from '@vigil/http-commands';
import { ProjectionReadsModule } from '@vigil/projections';
import { LoggerModule } from 'nestjs-pino';
import { DatabaseModule } from './database.module';
import { HealthController } from './health.controller';
import { KnownQueryGuard } from './http-edge/known-query.guard';
import { MetricsModule } from './observability/metrics.module';
import { loggerOptions } from './logger-options';
import { RootPageController } from './root-page.controller';
import { IdentityModule } from '@vigil/identity';
import { VIGIL_ROUTE_POLICIES } from './access/route-policies';
import { oidcIssuer } from './access/oidc-issuer';
import { AccessLogController } from './access/access-log.controller';
import { OrganisationCatalogueController } from './organisation/organisation-catalogue.controller';
import { WebSignInModule } from '@vigil/web-sign-in';
import { LearningAdaptersModule } from './learning/learning-adapters.module';
import { ProofModule, proofSettings } from '@vigil/proof';
import { PlatformRecordStreams } from './proof/record-streams';

/** The HTTP API: commands append events, queries read the read models. */
@Module({})
export class ApiModule {
  static forRoot(config: VigilConfig, databaseUrl: string, clock?: Clock): DynamicModule {
    applyJurisdictions(config);
    const protection = protectionFor(config, databaseUrl);
    return {
      module: ApiModule,
      imports: [
        LoggerModule.forRoot(loggerOptions(config.LOG_LEVEL)),
        DatabaseModule.forRoot(databaseUrl, config.VIGIL_RUN_MIGRATIONS),
        // Personal texts are sealed under their record's key on the way into the store, and opened only in answers.
        DataProtectionKernelModule.forRoot(protection),
        EventStoreModule.forRoot({ connectionString: databaseUrl, clock, wrap: protectedStore(protection) }),
        CommandHandlingModule.withUpcasting(UPCAST),
        // Registered before the other guards: who is asking, and may they, comes first.
        IdentityModule.forRoot({ issuer: oidcIssuer(config), audience: config.VIGIL_OIDC_AUDIENCE }, VIGIL_ROUTE_POLICIES, config.VIGIL_COMMANDS_PER_MINUTE),
        // The pages' sign-in: the /auth routes and the server-side sessions the AuthGuard resolves the session cookie through.
        WebSignInModule.forRoot(config),
        LiveConnectionsModule.forRoot(config.VIGIL_LIVE_CONNECTIONS_PER_ACTOR),
        // Reads sent with Vigil-Min-Revision wait for their own write: woken by this process's runners, else re-checking.
        ProjectionReadsModule.forRoot({ timeoutMs: config.VIGIL_MIN_REVISION_WAIT_MS }),
        TerminusModule,
        // What learning reviews declare (their subjects' record, incident counts) and only the composition root can provide.
        LearningAdaptersModule,
        ...CONTEXTS.map((context) => context.http),
        CoordinatorWebModule,
        MetricsModule,
        // Proof for auditors: signed checkpoints of the log, inclusion and consistency proofs, case bundles.
        ProofModule.forRoot(proofSettings(config), PlatformRecordStreams),
      ],
      controllers: [HealthController, RootPageController, AccessLogController, OrganisationCatalogueController],
      providers: [
        { provide: PROBLEM_MAPPERS, useValue: CONTEXTS.flatMap((context) => context.problems ?? []) },
        { provide: APP_FILTER, useClass: ProblemFilter },
        {
          provide: PROBLEM_REVEALER,
          useValue: (body: object, request: { principal?: { roles: readonly string[] } }) =>
            protection.revealer.reveal(body, revealOptionsFor(request.principal)),
        },
        { provide: APP_GUARD, useClass: KnownQueryGuard },
        { provide: APP_INTERCEPTOR, useClass: RevealInterceptor },
      ],
    };
  }
}
