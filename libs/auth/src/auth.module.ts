import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditTrail } from './audit-trail.service.js';
import { OIDC_OPTIONS, type OidcOptions } from './auth-options.js';
import { AuthGuard } from './auth.guard.js';

/** Bearer-token authentication on every HTTP route, and the audit trail every write goes through. */
@Global()
@Module({})
export class AuthModule {
  static forRoot(oidc: OidcOptions): DynamicModule {
    return {
      module: AuthModule,
      providers: [{ provide: OIDC_OPTIONS, useValue: oidc }, { provide: APP_GUARD, useClass: AuthGuard }, AuditTrail],
      exports: [OIDC_OPTIONS, AuditTrail],
    };
  }
}
