import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { ObjectType, Field, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLObjectType } from 'graphql';
import { POLICY_METADATA } from '@vangrail/privacy';
import { AppModule } from '../../apps/api/app.module';
import { buildSchema, moduleClasses } from '../../apps/api/graphql/schema-sdl';

/** Set by @Query/@Mutation (type), @ResolveField (property) and both (name); see @nestjs/graphql graphql.constants. */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_PROPERTY_METADATA = 'graphql:resolve_property';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';
const HTTP_PATH_METADATA = 'path';

interface Operation {
  /** 'Query', 'Mutation', 'Subscription', 'ResolveField' or 'HTTP'. */
  kind: string;
  /** The schema name (root field or field), or the route for HTTP. */
  name: string;
  where: string;
  policy: unknown;
}

/**
 * Every operation Nest serves from these modules, found as Nest finds them: the modules' providers
 * and controllers (and what they import), and on those classes the methods that carry GraphQL
 * resolver or HTTP route metadata. Not from file names: a resolver in any file is found.
 */
function operationsOf(modules: readonly unknown[]): Operation[] {
  const found: Operation[] = [];
  for (const type of [...moduleClasses(modules, 'providers'), ...moduleClasses(modules, 'controllers')]) {
    const prototype = type.prototype as Record<string, unknown>;
    for (const method of Object.getOwnPropertyNames(prototype)) {
      // Read the descriptor, not the property: a getter (e.g. GraphQLSchemaHost.schema) must not run.
      const handler = Object.getOwnPropertyDescriptor(prototype, method)?.value as unknown;
      if (method === 'constructor' || typeof handler !== 'function') continue;
      const rootType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      const field = Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, handler) !== undefined;
      const route = Reflect.getMetadata(HTTP_PATH_METADATA, handler) as string | undefined;
      if (!rootType && !field && route === undefined) continue;
      const kind = field ? 'ResolveField' : (rootType ?? 'HTTP');
      const name = route !== undefined && !rootType && !field ? route : ((Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method);
      const policy = Reflect.getMetadata(POLICY_METADATA, handler) ?? Reflect.getMetadata(POLICY_METADATA, type);
      found.push({ kind, name, where: `${type.name}.${method}`, policy });
    }
  }
  return found;
}

const unguarded = (operations: Operation[]): string[] => operations.filter((operation) => !operation.policy).map((o) => `${o.kind} ${o.name} (${o.where})`);

const rootFields = (type: GraphQLObjectType | null | undefined): string[] => Object.keys(type?.getFields() ?? {}).sort();

describe('Guarded by default: every operation in the API names its policy or says why it is public', () => {
  const operations = operationsOf([AppModule]);

  it('finds every root field of the schema the API builds among the resolver methods it checks', async () => {
    const schema = await buildSchema();
    for (const [kind, type] of [['Query', schema.getQueryType()], ['Mutation', schema.getMutationType()]] as const) {
      const checked = new Set(operations.filter((o) => o.kind === kind).map((o) => o.name));
      const fields = rootFields(type);
      expect({ kind, notChecked: fields.filter((field) => !checked.has(field)) }).toEqual({ kind, notChecked: [] });
      expect(fields.length).toBeGreaterThan(5);
    }
    expect(operations.filter((o) => o.kind === 'ResolveField').length).toBeGreaterThan(0);
    expect(operations.filter((o) => o.kind === 'HTTP').length).toBeGreaterThan(0);
  });

  it('has a policy (@Governed, @SignedIn or @Public) on every query, mutation, field resolver and HTTP route', () => {
    expect(operations.length).toBeGreaterThan(50);
    expect(unguarded(operations)).toEqual([]);
  });

  it('fails for a new resolver or route that forgets its policy, wherever it is declared', () => {
    @ObjectType()
    class Probe {
      @Field(() => ID) id!: string;
    }
    @Resolver(() => Probe)
    class ForgetfulResolver {
      @Query(() => Probe)
      probe(): Probe {
        return { id: 'x' };
      }
      @Mutation(() => Probe)
      changeProbe(): Probe {
        return { id: 'x' };
      }
      @ResolveField(() => String)
      secret(): string {
        return 'x';
      }
    }
    @Controller('probe')
    class ForgetfulController {
      @Get()
      read(): string {
        return 'x';
      }
    }
    @Module({ providers: [ForgetfulResolver], controllers: [ForgetfulController] })
    class ForgetfulModule {}
    @Module({ imports: [ForgetfulModule] })
    class App {}

    expect(unguarded(operationsOf([App]))).toEqual([
      'Query probe (ForgetfulResolver.probe)',
      'Mutation changeProbe (ForgetfulResolver.changeProbe)',
      'ResolveField secret (ForgetfulResolver.secret)',
      'HTTP / (ForgetfulController.read)',
    ]);
  });
});
