import { existsSync } from 'node:fs';
import path from 'node:path';
import { Controller, Get, Inject, NotFoundException, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CLIENT_DIR } from '../../web-config.token.js';

/** Any other page path is the single-page application's: its index.html, where the router takes over. */
@Controller()
export class ClientController {
  constructor(@Inject(CLIENT_DIR) private readonly clientDir: string) {}

  // '*path' needs at least one segment; '/' is the front door.
  @Get(['/', '*path'])
  page(@Res() response: Response): void {
    const index = path.join(this.clientDir, 'index.html');
    if (!existsSync(index)) throw new NotFoundException(`the front-end is not built (npm run build): no ${index}`);
    // The page names its hashed bundles; it is always asked for again, the bundles are cached for good.
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(index);
  }
}
