import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLRequestState } from '@vangrail/core';
import type { Governance } from '@vangrail/privacy';

const UNRECORDED = {
  message: 'The request could not be recorded and was not processed',
  extensions: { code: 'INTERNAL', messageNl: 'Het verzoek kon niet worden vastgelegd en is niet verwerkt' },
};

/**
 * Ends the governed scope of every GraphQL operation before its answer leaves: commit with the
 * audit batch, or roll back and record the failure. An operation whose governed part failed
 * returns no data at all (nothing of it was committed, so partial data would claim work that was
 * undone); one whose audit trail could not be written answers INTERNAL only.
 */
export function governedOperationPlugin(governance: Governance): ApolloServerPlugin<GraphQLRequestState> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ contextValue, response }) => {
        const request = contextValue.requestContext;
        if (!request?.user) return;
        const verdict = await governance.finish(request);
        if (response.body.kind !== 'single' || verdict === 'none' || verdict === 'committed') return;
        response.body.singleResult.data = null;
        if (verdict === 'unrecorded') response.body.singleResult.errors = [UNRECORDED];
      },
    }),
  };
}
