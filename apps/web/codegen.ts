import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents from the API's checked-in schema (apps/api/schema.graphql, written by
 * `npm run schema:emit`). Output in src/gql/ is generated (git-ignored); a renamed field fails the
 * web type check, not the user. Paths are relative to the repository root (scripts/web.mjs runs it there).
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        documentMode: 'string',
        enumType: 'string-literal',
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', ID: 'string' },
      },
    },
    // Every enum and input type of the schema, so vocabularies and forms are typed against it too.
    'apps/web/src/gql/schema-types.ts': {
      plugins: ['typescript'],
      config: { enumsAsTypes: true, useTypeImports: true, strictScalars: true, scalars: { DateTime: 'string', ID: 'string' } },
    },
  },
};

export default config;
