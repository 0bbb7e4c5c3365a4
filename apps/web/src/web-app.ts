import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import helmet from 'helmet';
import { createLogger, PinoLoggerService } from '#observability';
import type { WebConfig } from './web-config.js';
import { WebModule } from './web.module.js';

/** Excel uploads are the largest bodies the pages send. */
const MAX_PROXIED_BODY = '20mb';

/** dist/apps/web/client, where `npm run build` puts the front-end, from the compiled code or from the sources. */
export const defaultClientDir = (): string => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return here.split(path.sep).includes('dist')
    ? path.join(here, '..', 'client')
    : path.join(here, '..', '..', '..', 'dist', 'apps', 'web', 'client');
};

export interface WebStartOptions {
  /** 0 picks a free port (tests). */
  port?: number;
  clientDir?: string;
  host?: string;
}

export const startWebApp = async (config: WebConfig, options: WebStartOptions = {}): Promise<INestApplication> => {
  const logger = new PinoLoggerService(createLogger('web'));
  const clientDir = options.clientDir ?? defaultClientDir();
  const app = await NestFactory.create<NestExpressApplication>(WebModule.forRoot(config, clientDir), {
    logger,
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(logger);
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Scripts and styles come from our own bundles only; no inline script anywhere.
          'script-src': ["'self'"],
          'connect-src': ["'self'"],
          'img-src': ["'self'", 'data:'],
          // On http://127.0.0.1 in development an upgrade to https would break every request.
          'upgrade-insecure-requests': config.publicUrl.startsWith('https:') ? [] : null,
        },
      },
      strictTransportSecurity: config.publicUrl.startsWith('https:'),
    }),
  );
  // The proxy passes bodies on as they are (JSON, CSV, Excel); nothing else of ours reads a body.
  app.use('/api', express.raw({ type: () => true, limit: MAX_PROXIED_BODY }));
  app.useStaticAssets(clientDir, { index: false, immutable: true, maxAge: '365d', fallthrough: true });
  app.enableShutdownHooks();
  await app.listen(options.port ?? config.httpPort, options.host ?? '0.0.0.0');
  return app;
};
