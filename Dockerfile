# syntax=docker/dockerfile:1
# Vangrail's production image: the API (serving the built web app) and the worker (same image, other command), compiled to
# plain JavaScript, on Node 24 LTS, with production dependencies only, as a non-root user.
#   docker build -t vangrail .
#   docker run vangrail                               → API (node dist/apps/api/main.js)
#   docker run vangrail node dist/apps/worker/main.js → worker
#   docker run vangrail node dist/tools/migrate.js    → migrations (owner role in DATABASE_URL)

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY apps ./apps
COPY libs ./libs
COPY migrations ./migrations
COPY tools ./tools
# Full build with type check: a type error fails the image build.
RUN node scripts/build.mjs
# The web app (the API serves apps/web/dist at /): typed documents from the checked-in schema, then Vite.
RUN node scripts/web.mjs typecheck && node scripts/web.mjs build

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/main.js"]
