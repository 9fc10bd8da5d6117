import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import path from 'node:path';
import { PROJECT_ROOT } from '@vangrail/config';
import { StrictDateTime } from '@vangrail/core';
import { FEATURE_MODULES } from '../app.module';

/** The checked-in schema file the web app's typed documents are generated from. */
export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'apps', 'api', 'schema.graphql');

type ModuleRef = { module?: unknown; providers?: unknown[]; controllers?: unknown[]; imports?: unknown[] } | ((...args: never[]) => unknown);

/** Every provider class of the feature modules (and what they import), as Nest's resolver explorer sees them. */
export function providerClasses(modules: readonly unknown[]): Array<() => unknown> {
  return moduleClasses(modules, 'providers');
}

/** Every class the modules (and what they import) declare under `key` ('providers' or 'controllers'). */
export function moduleClasses(modules: readonly unknown[], key: 'providers' | 'controllers'): Array<() => unknown> {
  const seen = new Set<unknown>();
  const classes = new Set<() => unknown>();
  const visit = (entry: unknown) => {
    if (!entry || seen.has(entry)) return;
    seen.add(entry);
    const ref = entry as ModuleRef;
    const moduleClass = typeof ref === 'function' ? ref : ref.module;
    const dynamic = typeof ref === 'function' ? {} : ref;
    const providers = [...((moduleClass && Reflect.getMetadata(key, moduleClass as object)) ?? []), ...(dynamic[key] ?? [])];
    for (const provider of providers) if (typeof provider === 'function') classes.add(provider as () => unknown);
    const imports = [...((moduleClass && Reflect.getMetadata('imports', moduleClass as object)) ?? []), ...(dynamic.imports ?? [])];
    for (const imported of imports) visit(imported);
  };
  for (const module of modules) visit(module);
  return [...classes];
}

/**
 * The API's GraphQL schema as SDL, built from the resolvers alone (no database, no Redis), sorted
 * like the running API's (`sortSchema: true`). `npm run schema:emit` writes it to SCHEMA_FILE.
 */
export async function buildSchemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildSchema()))}\n`;
}

/** The API's GraphQL schema, built from the feature modules' resolvers as the running API builds it. */
export async function buildSchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    return await app.get(GraphQLSchemaFactory).create(providerClasses(FEATURE_MODULES), { scalarsMap: [{ type: Date, scalar: StrictDateTime }] });
  } finally {
    await app.close();
  }
}
