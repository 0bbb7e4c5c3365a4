import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { addProblemResponses } from './problem-responses.js';
import type { ServiceManifest } from './service-manifest.js';

/**
 * A service's OpenAPI document: what it serves at /docs-json and what `npm run docs:openapi` commits to
 * docs/openapi/, so clients (the web app, ABB's tools) can be generated from the repository.
 */
export const openApiDocument = (app: INestApplication, manifest: ServiceManifest): OpenAPIObject =>
  markPublicOperations(
    addProblemResponses(
      SwaggerModule.createDocument(
        app,
        new DocumentBuilder()
          .setTitle(`Samenleven ${manifest.name}`)
          .setDescription(manifest.title)
          .setVersion('1')
          .setLicense('EUPL-1.2', 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12')
          .addServer(`http://127.0.0.1:${manifest.defaultPort}`, 'npm start')
          .addBearerAuth()
          .build(),
        // Operation ids name the handler method only; they are unique within a service (checked by the linter).
        { operationIdFactory: (_controller, method) => method },
      ),
    ),
  );

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Operations without a bearer requirement (health, metrics) are public: say so rather than leave it unstated. */
const markPublicOperations = (document: OpenAPIObject): OpenAPIObject => {
  for (const path of Object.values(document.paths))
    for (const method of METHODS) {
      const operation = path[method];
      if (operation !== undefined && operation.security === undefined) operation.security = [];
    }
  return document;
};
