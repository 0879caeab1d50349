import { PolicyGraphError } from '@policygraph/graph-types';
import { Neo4jError, isRetryableError } from 'neo4j-driver';

/**
 * A driver or server message as a client may see it: no Java class names (org.apache.lucene…ParseException), no
 * hosts or ports (127.0.0.1:7688, bolt://…). The raw text stays in the error's details for logs.
 */
export function publicText(message: string): string {
  return firstLine(message)
    .replace(/\b(?:bolt|neo4j)(?:\+s|\+ssc)?:\/\/\S+/gi, '<server>')
    .replace(/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b|\[[0-9a-f:]+\](?::\d+)?|\blocalhost:\d+\b/gi, '<server>')
    .replace(/\b(?:org|com|java|javax|scala|sun)\.(?:[\w$]+\.)+[\w$]+:?\s*/g, '')
    .trim();
}

/** The one place driver errors become PolicyGraphErrors a user can act on. */
export function toPolicyGraphError(error: unknown, context: string): PolicyGraphError {
  if (error instanceof PolicyGraphError) return error;
  const cause = { cause: firstLine(error instanceof Error ? error.message : String(error)) };
  if (error instanceof Neo4jError) {
    if (/MemoryPoolOutOfMemory|TransactionOutOfMemory/i.test(error.code)) {
      return new PolicyGraphError(
        'NEO4J_ERROR',
        `${context}: the transaction needed more memory than the server allows one transaction (NEO4J_TX_MEMORY_MB)`,
        cause,
      );
    }
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired' || isRetryableError(error)) {
      return new PolicyGraphError('NEO4J_UNAVAILABLE', `${context}: graph database unavailable (down or restarting); try again shortly`, cause);
    }
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new PolicyGraphError('CONSTRAINT_VIOLATION', `${context}: ${publicText(error.message)}`, cause);
    }
    if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || /timed? ?out|terminated/i.test(error.code)) {
      return new PolicyGraphError('CYPHER_TIMEOUT', `${context}: the query ran past its time limit and was stopped`, cause);
    }
    return new PolicyGraphError('NEO4J_ERROR', `${context}: ${error.code}: ${publicText(error.message)}`, cause);
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/ECONNREFUSED|ServiceUnavailable|Connection was closed|socket hang up/i.test(message)) {
    return new PolicyGraphError('NEO4J_UNAVAILABLE', `${context}: graph database unavailable (down or restarting); try again shortly`, cause);
  }
  return new PolicyGraphError('NEO4J_ERROR', `${context}: ${publicText(message)}`, cause);
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 300);
}
