import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from './public-route.js';
import { ReadinessRegistry } from './readiness-registry.js';

type Checks = Awaited<ReturnType<ReadinessRegistry['run']>>;

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessRegistry) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiOkResponse({ description: '{ "status": "ok" }' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: every dependency (database, Kafka) answers' })
  @ApiOkResponse({ description: '{ "status": "ready", "checks": { "<name>": { "ok": true } } }' })
  // A service answers this as a problem document (ProblemDetailsFilter in #platform) that keeps `checks`.
  @ApiServiceUnavailableResponse({
    description: 'a problem document with { "status": 503, "checks": { "<name>": { "ok": false, "error": "..." } } }',
  })
  async ready(): Promise<{ status: 'ready'; checks: Checks }> {
    const checks = await this.readiness.run();
    if (Object.values(checks).some((check) => !check.ok)) {
      throw new HttpException({ status: 'not-ready', checks }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'ready', checks };
  }
}
