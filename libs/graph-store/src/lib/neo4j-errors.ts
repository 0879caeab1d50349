import { PolicyGraphError } from '@policygraph/graph-types';
import { Neo4jError, isRetryableError } from 'neo4j-driver';

/** The one place driver errors become PolicyGraphErrors a user can act on. */
export function toPolicyGraphError(error: unknown, context: string): PolicyGraphError {
  if (error instanceof PolicyGraphError) return error;
  if (error instanceof Neo4jError) {
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired' || isRetryableError(error)) {
      return new PolicyGraphError('NEO4J_UNAVAILABLE', `${context}: graph database unavailable (${firstLine(error.message)})`);
    }
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new PolicyGraphError('CONSTRAINT_VIOLATION', `${context}: ${firstLine(error.message)}`);
    }
    if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || /timed? ?out|terminated/i.test(error.code)) {
      return new PolicyGraphError('CYPHER_TIMEOUT', `${context}: the query ran past its time limit and was stopped`);
    }
    return new PolicyGraphError('NEO4J_ERROR', `${context}: ${error.code}: ${firstLine(error.message)}`);
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/ECONNREFUSED|ServiceUnavailable|Connection was closed|socket hang up/i.test(message)) {
    return new PolicyGraphError('NEO4J_UNAVAILABLE', `${context}: graph database unavailable (${firstLine(message)})`);
  }
  return new PolicyGraphError('NEO4J_ERROR', `${context}: ${firstLine(message)}`);
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 300);
}
