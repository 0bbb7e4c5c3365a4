import 'reflect-metadata';
import { loadServiceConfig, startService } from '#platform';
import { mentorshipsManifest } from './mentorships.manifest.js';

await startService(mentorshipsManifest, loadServiceConfig(mentorshipsManifest));
