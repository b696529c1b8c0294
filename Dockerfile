# syntax=docker/dockerfile:1
# dockgrade in a container: grades the engine whose socket is mounted. Build: docker build -t dockgrade .
# Run (see README "The grader in a container"):
#   docker run --rm --network host -v /var/run/docker.sock:/var/run/docker.sock:ro \
#     --group-add "$(stat -c %g /var/run/docker.sock)" -v "$PWD:/work" dockgrade check --wait 60s
# The socket is mounted read-only in spirit: `check`, `snapshot` and plain `doctor` only read the engine
# (and run read-only probes). `:ro` does not restrict the Docker API itself; solve/reset/selftest and
# doctor --deep do change the engine, under their own prefix or label.
# (A unit test, grader/packaging.test.ts, lints this file: no registry is reachable where it is developed.)

ARG NODE_IMAGE=node:22-bookworm-slim
ARG DOCKER_CLI_IMAGE=docker:27-cli

# 1. Build: install every dependency, compile TypeScript, keep only the runtime dependencies.
FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY grader grader
COPY exercises exercises
COPY reports reports
COPY fixtures fixtures
COPY schemas schemas
COPY LICENSE ./
# /app gets what the npm package ships (package.json "files"), plus the runtime dependencies.
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && mkdir -p /app/dist/grader/cli /app/schemas \
 && cp -r package.json LICENSE node_modules /app/ \
 && cp dist/dockgrade.cjs dist/student-files-worker.cjs dist/THIRD-PARTY-NOTICES.txt /app/dist/ \
 && cp dist/grader/cli/launch.cjs /app/dist/grader/cli/ \
 && cp schemas/*.schema.json /app/schemas/

# 2. The docker CLI, which solve, reset, selftest and doctor --deep run (the book's commands as typed).
FROM ${DOCKER_CLI_IMAGE} AS docker-cli

# 3. Runtime: node, the compiled grader, its runtime dependencies, the docker CLI. Not root.
FROM ${NODE_IMAGE}
LABEL org.opencontainers.image.title="dockgrade" \
      org.opencontainers.image.description="Grades the Docker exercises of 시작하세요! 도커/쿠버네티스 by inspecting the real Docker state"
COPY --from=docker-cli /usr/local/bin/docker /usr/local/bin/docker
COPY --from=build /app /app
# Reports written with -o / --format FORMAT=FILE land in /work: mount a directory there.
WORKDIR /work
USER node
ENTRYPOINT ["node", "/app/dist/grader/cli/launch.cjs"]
CMD ["check"]
