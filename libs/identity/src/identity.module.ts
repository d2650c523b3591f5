import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AccessLog } from '@vigil/actors';
import { ThrottlerModule } from '@nestjs/throttler';
import { CommandRateGuard } from './command-rate.guard';
import { ReadsOnRecordInterceptor } from './reads-on-record.interceptor';
import { AuthGuard } from './auth.guard';
import { TOKEN_VERIFIER } from './identity.tokens';
import { ROUTE_POLICIES, RoutePolicies } from './route-policy';
import { TokenVerifier, TokenVerifierOptions } from './token-verifier';

/** Sign-in for the API: the token verifier for the configured issuer, and the guard that applies the route policies. */
@Module({})
export class IdentityModule {
  static forRoot(options: TokenVerifierOptions, policies: RoutePolicies, commandsPerMinute = 120): DynamicModule {
    return {
      module: IdentityModule,
      global: true,
      imports: [ThrottlerModule.forRoot([{ ttl: 60_000, limit: commandsPerMinute }])],
      providers: [
        { provide: TOKEN_VERIFIER, useValue: new TokenVerifier(options) },
        { provide: ROUTE_POLICIES, useValue: policies },
        // In this order: who is asking and may they, then how often they may change things.
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: CommandRateGuard },
        { provide: APP_INTERCEPTOR, useClass: ReadsOnRecordInterceptor },
        AccessLog,
      ],
      exports: [TOKEN_VERIFIER, ROUTE_POLICIES],
    };
  }
}
