import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { openMigratedDataSource } from '#platform';
import { ProxyRequestHandler } from './application/proxy-request/proxy-request.handler.js';
import { FinishSignInHandler } from './application/sign-in/finish-sign-in.handler.js';
import { StartSignInHandler } from './application/sign-in/start-sign-in.handler.js';
import { CreateWebSessions1763800006000 } from './infrastructure/migrations/1763800006000-create-web-sessions.js';
import { OpenIdProvider } from './infrastructure/openid-provider.js';
import { WebSessionEntity } from './infrastructure/web-session.entity.js';
import { WebSessionRepository } from './infrastructure/web-session.repository.js';
import { ApiProxyController } from './interface/http/api-proxy.controller.js';
import { AuthController } from './interface/http/auth.controller.js';
import { ClientController } from './interface/http/client.controller.js';
import { CsrfGuard } from './interface/http/csrf.guard.js';
import { WebHealthController } from './interface/http/health.controller.js';
import { SessionMiddleware } from './interface/http/session.middleware.js';
import { CLIENT_DIR, WEB_CONFIG } from './web-config.token.js';
import type { WebConfig } from './web-config.js';

export const WEB_ENTITIES = [WebSessionEntity];
export const WEB_MIGRATIONS = [CreateWebSessions1763800006000];

/** The back office's backend-for-frontend: sign-in, sessions, the API proxy and the built pages. No Kafka: it holds no facts. */
@Module({})
export class WebModule implements NestModule {
  static forRoot(config: WebConfig, clientDir: string): DynamicModule {
    return {
      module: WebModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            type: 'postgres' as const,
            url: config.databaseUrl,
            entities: WEB_ENTITIES,
            migrations: WEB_MIGRATIONS,
            synchronize: false,
            applicationName: 'samenleven-web',
          }),
          // Migrated under the platform's migration lock, as the services' databases are.
          dataSourceFactory: (options) => openMigratedDataSource(options!),
        }),
      ],
      // The client's catch-all comes last, after every route of ours.
      controllers: [WebHealthController, AuthController, ApiProxyController, ClientController],
      providers: [
        { provide: WEB_CONFIG, useValue: config },
        { provide: CLIENT_DIR, useValue: clientDir },
        OpenIdProvider,
        WebSessionRepository,
        StartSignInHandler,
        FinishSignInHandler,
        ProxyRequestHandler,
        CsrfGuard,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*');
  }
}
