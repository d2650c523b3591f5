import { DynamicModule, Module } from '@nestjs/common';
import { VigilConfig } from '@vigil/config';
import { WEB_SESSIONS } from '@vigil/identity';
import { DataSource } from 'typeorm';
import { PostgresPendingSignIns, PostgresSessionTable } from './postgres-sign-in-tables';
import { RelyingParty } from './relying-party';
import { WebSessionStore } from './session-store';
import { SignInController } from './sign-in.controller';
import { SIGN_IN_SETTINGS, signInSettings } from './sign-in-settings';

/**
 * The pages' sign-in at the configured OpenID provider (or the demo one `npm start` mounts under /oidc): the /auth
 * routes, and the server-side sessions the AuthGuard reads through WEB_SESSIONS (global, so the guard finds them).
 */
@Module({})
export class WebSignInModule {
  static forRoot(config: VigilConfig): DynamicModule {
    const settings = signInSettings(config);
    return {
      module: WebSignInModule,
      global: true,
      controllers: [SignInController],
      providers: [
        { provide: SIGN_IN_SETTINGS, useValue: settings },
        { provide: RelyingParty, useValue: new RelyingParty(settings) },
        { provide: PostgresPendingSignIns, inject: [DataSource], useFactory: (dataSource: DataSource) => new PostgresPendingSignIns(dataSource) },
        {
          provide: WebSessionStore,
          inject: [DataSource, RelyingParty],
          useFactory: (dataSource: DataSource, relyingParty: RelyingParty) =>
            new WebSessionStore(new PostgresSessionTable(dataSource), relyingParty, { ttlHours: settings.sessionTtlHours }),
        },
        { provide: WEB_SESSIONS, useExisting: WebSessionStore },
      ],
      exports: [WEB_SESSIONS, WebSessionStore, SIGN_IN_SETTINGS],
    };
  }
}
