import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request } from 'express';
import type { AppConfig } from '@vangrail/config';
import { RequestContext, StrictDateTime } from '@vangrail/core';
import type { GraphQLRequestState } from '@vangrail/core';
import { currentTrace } from '@vangrail/observability';
import type { Governance } from '@vangrail/privacy';
import { formatError } from './error-format';
import { governedOperationPlugin } from './governed-operation.plugin';

/**
 * Apollo with query limits (depth, cost, aliases, tokens), no batching, CSRF prevention,
 * introspection and field suggestions off in production, our stable error codes, and the end of
 * each operation's governed scope (commit with its audit batch, or roll back and record).
 */
export function graphqlOptions(config: AppConfig, governance: Governance): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.maxDepth },
    costLimit: { maxCost: config.graphql.maxCost },
    maxAliases: { n: config.graphql.maxAliases },
    maxTokens: { n: config.graphql.maxTokens },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    // Same `DateTime` scalar name, strict input: 2026-02-30 is refused, not stored as 2 March.
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: StrictDateTime }] },
    path: '/graphql',
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // graphql-armor's types come from Apollo's ESM build, Nest's from the CJS one; same runtime objects.
    plugins: [...(armor.plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>), governedOperationPlugin(governance)],
    validationRules: armor.validationRules,
    fieldResolverEnhancers: ['guards', 'interceptors'],
    formatError,
    context: ({ req }: { req: Request & { id?: string } }): GraphQLRequestState => ({
      requestContext: new RequestContext({
        requestId: String(req.id ?? ''),
        declaredPurpose: headerValue(req.headers['x-purpose']),
        sourceAddress: req.ip,
        traceId: currentTrace()?.traceId,
        headers: req.headers,
      }),
    }),
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
