import 'reflect-metadata';
import { loadWebConfig } from './web-config.js';
import { startWebApp } from './web-app.js';

await startWebApp(loadWebConfig());
