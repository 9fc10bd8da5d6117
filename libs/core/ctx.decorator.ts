import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from './request-context';

export interface GraphQLRequestState {
  requestContext: RequestContext;
}

export function requestContextOf(context: ExecutionContext): RequestContext {
  const state = GqlExecutionContext.create(context).getContext<GraphQLRequestState>();
  return state.requestContext;
}

/** Injects the RequestContext of the current GraphQL request into a resolver method. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext) => requestContextOf(context));
