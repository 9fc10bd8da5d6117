# The API and the worker (same image, different command). TypeScript runs through ts-node in
# transpile-only mode, as locally: see scripts/run-ts.mjs.
FROM node:20-bookworm-slim

WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund && npm cache clean --force
COPY . .

USER node
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["node", "scripts/run-ts.mjs", "apps/api/main.ts"]
