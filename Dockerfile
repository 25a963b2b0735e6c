# Plugin assets (dist/: one build per console line, console-4.22/ and console-4.19/) and the BFF
# (build/server/) are built with the full dev tree; the runtime image gets only those outputs and the
# production dependencies. The BFF serves each cluster the build of its console (from ClusterVersion).
FROM registry.access.redhat.com/ubi9/nodejs-22 AS build
WORKDIR /opt/app-root/src

# Dependencies first, so source edits do not invalidate the npm ci layer. console-4.19/ is the npm workspace
# of the 4.19–4.21 build's packages.
COPY --chown=1001:0 package.json package-lock.json ./
COPY --chown=1001:0 console-4.19/package.json ./console-4.19/
RUN npm ci --no-audit --no-fund

COPY --chown=1001:0 . .
RUN npm run build && npm run build:server

# Production dependencies in a clean folder: the bundle still requires its runtime deps from node_modules.
# The build workspace holds none.
RUN mkdir /opt/app-root/prod \
 && cp package.json package-lock.json /opt/app-root/prod/ \
 && cd /opt/app-root/prod \
 && npm ci --omit=dev --workspaces=false --no-audit --no-fund

FROM registry.access.redhat.com/ubi9/nodejs-22-minimal
WORKDIR /opt/app-root/src

# Owned by root and only readable by the runtime user: the BFF writes nothing to disk.
COPY --from=build /opt/app-root/src/package.json ./
COPY --from=build /opt/app-root/prod/node_modules ./node_modules
COPY --from=build /opt/app-root/src/build/server ./build/server
COPY --from=build /opt/app-root/src/dist ./dist

ENV NODE_ENV=production \
    PORT=9443 \
    HOST=0.0.0.0 \
    PLUGIN_DIST_DIR=/opt/app-root/src/dist

USER 1001
EXPOSE 9443
CMD ["node", "build/server/main.js"]
