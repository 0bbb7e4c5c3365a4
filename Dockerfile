# syntax=docker/dockerfile:1
# Two images from one build:
# - `runtime` (the default target): any of the five services, picked with
#   SERVICE=applications|budgeting|reporting|mentorships|notifications. No tests, no test helpers, no
#   development issuer, production dependencies only.
# - `dev-issuer`: the development token issuer for docker compose; it hands out any role, never deploy it.
# The Node version is the one package.json pins (the `node` dev dependency that runs every npm script).
ARG NODE_IMAGE=node:24.21.0-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Dependencies first, so a code change does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY apps ./apps
COPY libs ./libs
COPY scripts ./scripts
# The web back office's front-end is built from its sources by Vite (npm run build).
RUN npm run build && npm prune --omit=dev --no-audit --no-fund
# package.json#imports point into dist/, so both trees keep the repository's layout.
# The services: apps and libraries without their tests and without libs/testing (with the apps' templates/ folders,
# which `npm run build` copies into dist/).
RUN mkdir -p /srv/service/dist && cd dist \
  && find apps libs \( -path libs/testing -o -name test -o -name '*.spec.js' -o -name '*.spec.js.map' \) -prune \
       -o -type f -exec cp --parents {} /srv/service/dist/ \;
# The issuer: the same, plus libs/testing (where the issuer lives) and its entry point, and the demo-data job.
RUN cp -r /srv/service /srv/dev-issuer && cd dist \
  && find libs/testing scripts/dev-issuer.js scripts/dev-issuer.js.map scripts/demo.js scripts/demo.js.map scripts/demo \
       \( -name '*.spec.js' -o -name '*.spec.js.map' \) -prune \
       -o -type f -exec cp --parents {} /srv/dev-issuer/dist/ \;

FROM ${NODE_IMAGE} AS dev-issuer
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /srv/dev-issuer/dist ./dist
# The image's own unprivileged user (uid 1000); nothing in /app is writable by it. The one writable
# place keeps the signing key (docker compose mounts a volume there).
RUN mkdir -p /var/lib/samenleven && chown node:node /var/lib/samenleven
USER node
EXPOSE 3100
CMD ["node", "dist/scripts/dev-issuer.js"]

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
# kafkajs 2.2.4 sets a negative timeout once per process on Node 24 (tulios/kafkajs#1751): harmless, and silenced.
ENV NODE_OPTIONS=--disable-warning=TimeoutNegativeWarning
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /srv/service/dist ./dist
# The image's own unprivileged user (uid 1000); nothing in /app is writable by it.
USER node
EXPOSE 3000 3001 3002 3003 3004 3005
# exec: node becomes PID 1 and receives SIGTERM directly, so Nest's shutdown hooks drain consumers.
CMD ["sh", "-c", "exec node \"dist/apps/${SERVICE:?set SERVICE to applications, budgeting, reporting, mentorships, notifications or web}/src/main.js\""]
