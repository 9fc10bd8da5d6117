import { graphql } from '../../gql';

/** A meeting is read through its table (the API has no meeting(id) query): the table's meetings you may see. */
export const MeetingTableDocument = graphql(`
  query MeetingTable($id: ID!) {
    caseTable(id: $id) {
      id
      name
      legalBasis
      myRole
      members { id role current user { id displayName discipline } }
      meetings {
        id
        scheduledAt
        state
        location
        closedAt
        attendees { id displayName discipline }
        agenda {
          caseId
          position
          reference
          title
          state
          guests { id displayName }
        }
      }
    }
  }
`);
