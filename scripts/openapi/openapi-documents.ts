import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { stringify } from 'yaml';
import { SERVICES } from '../../apps/service-registry.js';
import { loadServiceConfig, openApiDocument, serviceRootModule } from '#platform';

/**
 * Every service's OpenAPI document as YAML, by service name. Nest's preview mode builds the module graph without
 * instantiating providers, so no database, broker or issuer is needed.
 */
export const openApiDocuments = async (): Promise<Map<string, string>> => {
  const documents = new Map<string, string>();
  for (const manifest of SERVICES) {
    const app = await NestFactory.create(serviceRootModule(manifest, loadServiceConfig(manifest, {})), {
      preview: true,
      logger: false,
      abortOnError: false,
    });
    try {
      documents.set(manifest.name, stringify(openApiDocument(app, manifest), { lineWidth: 0 }));
    } finally {
      await app.close();
    }
  }
  return documents;
};
