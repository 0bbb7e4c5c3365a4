# syntax=docker/dockerfile:1
# One image for all five services (and the development token issuer). Pick the service with
# SERVICE=applications|budgeting|reporting|mentorships|notifications.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Dependencies first, so a code change does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY apps ./apps
COPY libs ./libs
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
# package.json#imports point into dist/, so the compiled tree keeps the repository's layout.
COPY --from=build /app/dist ./dist
# The image's own unprivileged user (uid 1000); nothing in /app is writable by it. The one writable
# place is for the development issuer's signing key (docker compose mounts a volume there).
RUN mkdir -p /var/lib/samenleven && chown node:node /var/lib/samenleven
USER node
EXPOSE 3001 3002 3003 3004 3005 3100
# exec: node becomes PID 1 and receives SIGTERM directly, so Nest's shutdown hooks drain consumers.
CMD ["sh", "-c", "exec node \"dist/apps/${SERVICE:?set SERVICE to applications, budgeting, reporting, mentorships or notifications}/src/main.js\""]
