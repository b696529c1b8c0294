# syntax=docker/dockerfile:1
# dockgrade in a container: grades the engine whose socket is mounted. Build:
#   docker build -t dockgrade --build-arg VERSION="$(node -p 'require("./package.json").version')" \
#     --build-arg REVISION="$(git rev-parse HEAD)" .
# Run (docs/ci-and-labs.md, "The grader in a container"):
#   docker run --rm --init --network host -v /var/run/docker.sock:/var/run/docker.sock:ro \
#     --group-add "$(stat -c %g /var/run/docker.sock)" --user "$(id -u):$(id -g)" \
#     -v "$PWD:/work" dockgrade check --wait 60s
# --init: a real init as PID 1 passes Ctrl+C (SIGINT) and docker stop (SIGTERM) on to dockgrade, so
# `check --watch` stops at once (node as PID 1 gets no default signal handling from the kernel).
# --user: reports and the journal are written into the mounted folder as the user who owns it.
# The journal (progress that survives a later exercise undoing an earlier one) lives in the mounted
# work folder, /work/.dockgrade/state (DOCKGRADE_STATE_DIR): `--rm` removes the container, not it.
# The socket is mounted read-only in spirit: `check`, `snapshot` and plain `doctor` only read the engine
# (and run read-only probes). `:ro` does not restrict the Docker API itself; solve/reset/selftest and
# doctor --deep do change the engine, under their own prefix or label.
#
# Base images are pinned by digest (a tag can be moved to other content; a digest cannot). No registry
# is reachable where dockgrade is developed, so these digests were never pulled here: they are the
# ones published Dockerfiles pin for these tags (node:22-bookworm-slim, docker:27-cli). Update a digest
# together with its tag. Image size, not measured here for the same reason: node:22-bookworm-slim
# (~200 MB) plus the docker CLI (~40 MB) plus dockgrade (~2.5 MB, no node_modules).
# (A unit test, grader/packaging.test.ts, lints this file.)

ARG NODE_IMAGE=node:22-bookworm-slim@sha256:43ac6c60b8f89723f746e8a92ce91abd5017e627ce1ddfe4238355d3a30b772c
ARG DOCKER_CLI_IMAGE=docker:27-cli@sha256:851f91d241214e7c6db86513b270d58776379aacc5eb9c4a87e5b47115e3065c

# 1. Build: install the build tools, compile and bundle (every package goes into the bundle).
FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts scripts
COPY grader grader
COPY exercises exercises
COPY reports reports
COPY fixtures fixtures
COPY schemas schemas
COPY LICENSE CONTRIBUTING.md ./
COPY docs docs
# /app gets exactly what the npm package ships (package.json "files"): no node_modules at all.
RUN npm run build \
 && mkdir -p /app/dist/grader/cli /app/dist/yargs-locales /app/schemas /app/docs \
 && cp package.json LICENSE CONTRIBUTING.md /app/ \
 && cp dist/dockgrade.cjs dist/student-files-worker.cjs dist/THIRD-PARTY-NOTICES.txt /app/dist/ \
 && cp dist/vendor-csv-parse.cjs dist/vendor-dockerode.cjs dist/vendor-handlebars-runtime.cjs dist/vendor-handlebars.cjs dist/vendor-yaml.cjs dist/vendor-yargs.cjs dist/vendor-zod.cjs /app/dist/ \
 && cp dist/grader/cli/launch.cjs /app/dist/grader/cli/ \
 && cp dist/yargs-locales/*.json /app/dist/yargs-locales/ \
 && cp schemas/*.schema.json /app/schemas/ \
 && cp docs/*.md /app/docs/

# 2. The docker CLI, which solve, reset, selftest and doctor --deep run (the book's commands as typed).
FROM ${DOCKER_CLI_IMAGE} AS docker-cli

# 3. Runtime: node, the bundled grader, the docker CLI. Not root.
FROM ${NODE_IMAGE}
ARG VERSION=0.1.0
ARG REVISION=unknown
# Set SOURCE when the project is published (package.json has no repository field yet, on purpose).
ARG SOURCE=
LABEL org.opencontainers.image.title="dockgrade" \
      org.opencontainers.image.description="Grades the Docker exercises of 시작하세요! 도커/쿠버네티스 by inspecting the real Docker state" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.licenses="MIT"
COPY --from=docker-cli /usr/local/bin/docker /usr/local/bin/docker
COPY --from=build /app /app
# Reports written with -o / --format FORMAT=FILE land in /work: mount a directory there. The journal
# goes there too, so it outlives the container; caches stay inside it.
WORKDIR /work
ENV DOCKGRADE_STATE_DIR=/work/.dockgrade/state \
    DOCKGRADE_CACHE_DIR=/tmp/dockgrade-cache
USER node
ENTRYPOINT ["node", "/app/dist/grader/cli/launch.cjs"]
CMD ["check"]
