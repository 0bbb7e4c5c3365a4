import { SetMetadata } from '@nestjs/common';

/** Metadata key the auth guard reads: a route carrying it needs no token. */
export const IS_PUBLIC_ROUTE = 'samenleven:public-route';

/** Marks a controller or route as reachable without a token (health, metrics). */
export const Public = () => SetMetadata(IS_PUBLIC_ROUTE, true);
