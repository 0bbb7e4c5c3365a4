import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { Module } from '@nestjs/common';
import { DEPLOYED_APPS } from '../../apps/service-registry.js';
import { defineService } from '#platform';
import { repoRoot } from '../infra/local-paths.js';
import { deploymentProblems, readDeploymentFiles } from './deployment-files.js';

@Module({})
class PaymentsModule {}

/** A service added to the registry and nowhere else. */
const payments = defineService({
  name: 'payments',
  defaultPort: 3006,
  title: 'Payments',
  module: () => PaymentsModule,
  entities: [],
  migrations: [],
  consumerGroup: 'payments',
});

describe('the deployment files', () => {
  it('list exactly the services and web app of the registry: compose, Kubernetes, nest-cli, database init, architecture', async () => {
    expect(deploymentProblems(DEPLOYED_APPS, await readDeploymentFiles(repoRoot()))).toEqual([]);
  });

  it('are found wanting when a service is added to the registry only', async () => {
    const problems = deploymentProblems([...DEPLOYED_APPS, payments], await readDeploymentFiles(repoRoot()));
    expect(problems).toEqual([
      'docker-compose.yml: service payments is missing',
      expect.stringMatching(/^docker-compose\.yml: topic-init must create .*samenleven\.dlt\.payments/),
      'docker-compose.yml: the postgres healthcheck must wait for the last database the init script creates, samenleven_payments',
      expect.stringMatching(/^deploy\/kubernetes\/kustomization\.yaml: resources must be .*payments\.yaml/),
      'deploy/kubernetes/secret.yaml: PAYMENTS_DATABASE_URL must name samenleven_payments',
      'deploy/kubernetes/payments.yaml is missing',
      'nest-cli.json: project payments needs type "application", root "apps/payments", sourceRoot "apps/payments/src", entryFile "main"',
      expect.stringMatching(/^deploy\/postgres\/init-databases\.sql: must create .*samenleven_payments/),
      expect.stringMatching(/^docs\/architecture\.md: the services table must read .*"payments 3006 samenleven_payments payments"/),
    ]);
  });

  it('are found wanting when they name a service the registry does not have, or a wrong port', async () => {
    const [first, ...others] = DEPLOYED_APPS;
    const files = await readDeploymentFiles(repoRoot());
    const problems = deploymentProblems([{ ...first, defaultPort: 4001 }, ...others.slice(0, -1)], files);
    const removed = DEPLOYED_APPS.at(-1)!.name;
    expect(problems).toEqual(
      expect.arrayContaining([
        `docker-compose.yml: service ${removed} is not in the registry`,
        `docker-compose.yml: service ${first.name}: HTTP_PORT must be 4001`,
        `docker-compose.yml: service ${first.name}: must publish port 4001`,
        `deploy/kubernetes/${first.name}.yaml: HTTP_PORT must be "4001"`,
        `deploy/kubernetes/${first.name}.yaml: containerPort must be 4001`,
        `nest-cli.json: application ${removed} is not in the registry`,
      ]),
    );
  });
});
