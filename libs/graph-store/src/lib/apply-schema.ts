import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphConnection } from './connect';
import { toPolicyGraphError } from './neo4j-errors';

export const SCHEMA_FILE = join(__dirname, '..', '..', '..', '..', 'cypher', 'schema.cypher');

/** Splits a .cypher file into statements: `;` at a line end ends one, `//` lines are comments. */
export function cypherStatements(source: string): string[] {
  const withoutComments = source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** Applies cypher/schema.cypher (idempotent) and waits until the indexes are online. */
export async function applySchema(connection: GraphConnection, schemaFile: string = SCHEMA_FILE): Promise<number> {
  const statements = cypherStatements(readFileSync(schemaFile, 'utf8'));
  try {
    for (const statement of statements) {
      await connection.driver.executeQuery(statement, {}, { database: connection.database });
    }
    await connection.driver.executeQuery('CALL db.awaitIndexes(120)', {}, { database: connection.database });
  } catch (error) {
    throw toPolicyGraphError(error, 'applying cypher/schema.cypher');
  }
  return statements.length;
}
