import { SetMetadata } from '@nestjs/common';
import type { Role } from './principal.js';

export const ROLES_METADATA = 'samenleven:roles';

/** The roles that may call a route (or every route of a controller). Routes without it are refused unless `Public()`. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_METADATA, roles);
