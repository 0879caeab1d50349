import { graphql } from './generated/gql';

// The selections several operations share. graph-api.ts spreads them by name; graphql-codegen appends their
// definitions to each generated document and names their result types (NodeFieldsFragment, …).

export const EVIDENCE_FIELDS = graphql(`
  fragment EvidenceFields on Evidence {
    documentId
    start
    end
    quote
    section
  }
`);

export const NODE_FIELDS = graphql(`
  fragment NodeFields on GraphNode {
    id
    label
    name
    properties
    evidence {
      ...EvidenceFields
    }
  }
`);

export const EDGE_FIELDS = graphql(`
  fragment EdgeFields on GraphEdge {
    id
    type
    source
    target
    properties
    evidence {
      ...EvidenceFields
    }
  }
`);

export const CYPHER_RESULT_FIELDS = graphql(`
  fragment CypherResultFields on CypherResult {
    columns
    rows
    truncated
    elapsedMs
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
  }
`);

export const OWNERSHIP_CLAUSE_FIELDS = graphql(`
  fragment OwnershipClauseFields on OwnershipClause {
    role
    presumedLead
    basis
    confidence
    department {
      ...NodeFields
    }
    project {
      ...NodeFields
    }
    goals {
      id
      label
      name
    }
    sectors {
      id
      label
      name
    }
    evidence {
      ...EvidenceFields
    }
  }
`);
