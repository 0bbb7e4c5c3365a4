import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { allTopics } from '#contracts';
import { serviceDatabaseName, type ConfiguredService } from '#platform';

/** The hand-written files that list the services, as text, by their path in the repository. */
export interface DeploymentFiles {
  compose: string;
  kustomization: string;
  /** Every file in deploy/kubernetes/, by file name. */
  kubernetes: Record<string, string>;
  nestCli: string;
  initDatabases: string;
  architecture: string;
}

export const readDeploymentFiles = async (root: string): Promise<DeploymentFiles> => {
  const read = (...segments: string[]): Promise<string> => readFile(path.join(root, ...segments), 'utf8');
  const kubernetesDir = path.join(root, 'deploy', 'kubernetes');
  const kubernetes: Record<string, string> = {};
  for (const file of await readdir(kubernetesDir)) kubernetes[file] = await read('deploy', 'kubernetes', file);
  return {
    compose: await read('docker-compose.yml'),
    kustomization: kubernetes['kustomization.yaml'] ?? '',
    kubernetes,
    nestCli: await read('nest-cli.json'),
    initDatabases: await read('deploy', 'postgres', 'init-databases.sql'),
    architecture: await read('docs', 'architecture.md'),
  };
};

type Yaml = Record<string, unknown>;

const record = (value: unknown): Yaml => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Yaml) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const sameList = (actual: readonly string[], expected: readonly string[]): boolean =>
  actual.length === expected.length && actual.every((item, index) => item === expected[index]);

/** Files kustomization.yaml lists besides the services'. */
const SHARED_KUBERNETES_RESOURCES = ['namespace.yaml', 'configmap.yaml', 'secret.yaml'];

const composeProblems = (services: readonly ConfiguredService[], text: string): string[] => {
  const problems: string[] = [];
  const compose = record(parse(text, { merge: true }));
  const composeServices = record(compose.services);
  // The platform's services are the compose services that pick one with SERVICE.
  const declared = Object.entries(composeServices).filter(([, service]) => record(record(service).environment).SERVICE !== undefined);
  const names = services.map((service) => service.name);
  for (const [name] of declared) if (!names.includes(name)) problems.push(`docker-compose.yml: service ${name} is not in the registry`);
  for (const manifest of services) {
    const service = record(composeServices[manifest.name]);
    const environment = record(service.environment);
    const where = `docker-compose.yml: service ${manifest.name}`;
    if (composeServices[manifest.name] === undefined) {
      problems.push(`${where} is missing`);
      continue;
    }
    if (environment.SERVICE !== manifest.name) problems.push(`${where}: SERVICE must be ${manifest.name}`);
    if (String(environment.HTTP_PORT) !== String(manifest.defaultPort))
      problems.push(`${where}: HTTP_PORT must be ${manifest.defaultPort}`);
    if (!String(environment.DATABASE_URL ?? '').endsWith(`/${serviceDatabaseName(manifest.name)}`))
      problems.push(`${where}: DATABASE_URL must name ${serviceDatabaseName(manifest.name)}`);
    if (!list(service.ports).includes(`${manifest.defaultPort}:${manifest.defaultPort}`))
      problems.push(`${where}: must publish port ${manifest.defaultPort}`);
  }
  const topicInit = list(record(composeServices['topic-init']).command).join('\n');
  const listed = [...topicInit.matchAll(/^\s*(samenleven\.[a-z0-9.-]+)/gm)].map(([, topic]) => topic ?? '');
  const groups = services.flatMap((service) => (service.consumerGroup === undefined ? [] : [service.consumerGroup]));
  if (!sameList(listed, allTopics(groups)))
    problems.push(
      `docker-compose.yml: topic-init must create ${allTopics(groups).join(', ')} (it creates ${listed.join(', ') || 'nothing'})`,
    );
  const last = services.at(-1);
  const healthcheck = list(record(record(composeServices.postgres).healthcheck).test).join(' ');
  if (last !== undefined && !healthcheck.includes(`-d ${serviceDatabaseName(last.name)}`))
    problems.push(
      'docker-compose.yml: the postgres healthcheck must wait for the last database the init script creates, ' +
        serviceDatabaseName(last.name),
    );
  return problems;
};

interface KubernetesObject {
  kind?: string;
  metadata?: { name?: string; annotations?: Record<string, string> };
  spec?: {
    template?: {
      metadata?: { annotations?: Record<string, string> };
      spec?: {
        containers?: {
          name?: string;
          env?: { name?: string; value?: string; valueFrom?: { secretKeyRef?: { key?: string } } }[];
          ports?: { containerPort?: number }[];
        }[];
      };
    };
  };
}

const kubernetesProblems = (services: readonly ConfiguredService[], files: DeploymentFiles): string[] => {
  const problems: string[] = [];
  const resources = list(record(parse(files.kustomization)).resources).map(String);
  const expected = [...SHARED_KUBERNETES_RESOURCES, ...services.map((service) => `${service.name}.yaml`)];
  if (!sameList(resources, expected))
    problems.push(`deploy/kubernetes/kustomization.yaml: resources must be ${expected.join(', ')} (they are ${resources.join(', ')})`);
  const secret = record(record(parse(files.kubernetes['secret.yaml'] ?? '')).stringData);
  for (const manifest of services) {
    const file = `${manifest.name}.yaml`;
    const where = `deploy/kubernetes/${file}`;
    const variable = `${manifest.name.toUpperCase()}_DATABASE_URL`;
    if (!String(secret[variable] ?? '').endsWith(`/${serviceDatabaseName(manifest.name)}`))
      problems.push(`deploy/kubernetes/secret.yaml: ${variable} must name ${serviceDatabaseName(manifest.name)}`);
    const text = files.kubernetes[file];
    if (text === undefined) {
      problems.push(`${where} is missing`);
      continue;
    }
    const objects = parseAllDocuments(text).map((document) => document.toJS() as KubernetesObject);
    const deployment = objects.find((object) => object.kind === 'Deployment' && object.metadata?.name === manifest.name);
    if (!objects.some((object) => object.kind === 'Service' && object.metadata?.name === manifest.name))
      problems.push(`${where}: needs a Service named ${manifest.name}`);
    const container = deployment?.spec?.template?.spec?.containers?.find((candidate) => candidate.name === manifest.name);
    if (container === undefined) {
      problems.push(`${where}: needs a Deployment named ${manifest.name} with a container of that name`);
      continue;
    }
    const env = (name: string) => container.env?.find((variable) => variable.name === name);
    if (env('SERVICE')?.value !== manifest.name) problems.push(`${where}: SERVICE must be ${manifest.name}`);
    if (env('HTTP_PORT')?.value !== String(manifest.defaultPort)) problems.push(`${where}: HTTP_PORT must be "${manifest.defaultPort}"`);
    if (env(variable)?.valueFrom?.secretKeyRef?.key !== variable)
      problems.push(`${where}: ${variable} must come from the secret's ${variable}`);
    if (!container.ports?.some((port) => port.containerPort === manifest.defaultPort))
      problems.push(`${where}: containerPort must be ${manifest.defaultPort}`);
    if (deployment?.spec?.template?.metadata?.annotations?.['prometheus.io/port'] !== String(manifest.defaultPort))
      problems.push(`${where}: prometheus.io/port must be "${manifest.defaultPort}"`);
  }
  return problems;
};

const nestCliProblems = (services: readonly ConfiguredService[], text: string): string[] => {
  const projects = record(record(JSON.parse(text) as unknown).projects);
  const applications = Object.entries(projects).filter(([, project]) => record(project).type === 'application');
  const problems = applications
    .filter(([name]) => !services.some((service) => service.name === name))
    .map(([name]) => `nest-cli.json: application ${name} is not in the registry`);
  for (const manifest of services) {
    const project = record(projects[manifest.name]);
    const wanted = { type: 'application', root: `apps/${manifest.name}`, sourceRoot: `apps/${manifest.name}/src`, entryFile: 'main' };
    const wrong = Object.entries(wanted).filter(([key, value]) => project[key] !== value);
    if (wrong.length > 0)
      problems.push(`nest-cli.json: project ${manifest.name} needs ${wrong.map(([key, value]) => `${key} "${value}"`).join(', ')}`);
  }
  return problems;
};

const initDatabasesProblems = (services: readonly ConfiguredService[], text: string): string[] => {
  const created = [...text.matchAll(/^CREATE DATABASE (\w+);/gm)].map(([, name]) => name ?? '');
  const expected = services.map((service) => serviceDatabaseName(service.name));
  return sameList(created, expected)
    ? []
    : [
        `deploy/postgres/init-databases.sql: must create ${expected.join(', ')} in that order ` +
          `(it creates ${created.join(', ') || 'nothing'})`,
      ];
};

/** The table under "Services, ports and databases" in docs/architecture.md. */
const architectureProblems = (services: readonly ConfiguredService[], text: string): string[] => {
  // Cells may be padded (prettier aligns the columns).
  const rows = [...text.matchAll(/^\| (\w+) +\| (\d+) +\| (\w+) +\| ([^|]+) \|$/gm)].map(([, name, port, database, group]) =>
    [name, port, database, group?.trim()].join(' '),
  );
  const expected = services.map((service) =>
    [service.name, service.defaultPort, serviceDatabaseName(service.name), service.consumerGroup ?? '(none)'].join(' '),
  );
  return sameList(rows, expected)
    ? []
    : [`docs/architecture.md: the services table must read ${expected.map((row) => `"${row}"`).join(', ')}`];
};

/** Everything the deployment files disagree with the registry about; empty when they agree. */
export const deploymentProblems = (services: readonly ConfiguredService[], files: DeploymentFiles): string[] => [
  ...composeProblems(services, files.compose),
  ...kubernetesProblems(services, files),
  ...nestCliProblems(services, files.nestCli),
  ...initDatabasesProblems(services, files.initDatabases),
  ...architectureProblems(services, files.architecture),
];
