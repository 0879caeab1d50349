import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import type { GraphQLSchema } from 'graphql';
import { compiledExecutor } from './compiled-execution';
import { localExecutionGateway } from './compiled-execution.gateway';

export interface CompiledApolloDriverConfig extends ApolloDriverConfig {
  /** Executions of a query before it is compiled (0 = never); see compiledExecutor. */
  readonly compileAfter?: number;
}

/** Nest's Apollo driver, with operations executed by compiledExecutor on the schema Nest built. */
@Injectable()
export class CompiledApolloDriver extends ApolloDriver {
  override async start(config: CompiledApolloDriverConfig): Promise<void> {
    const { compileAfter, ...options } = config;
    const schema = (options as { schema?: GraphQLSchema }).schema;
    if (!schema) throw new Error('CompiledApolloDriver needs the schema Nest builds (autoSchemaFile)');
    // Apollo takes its schema from the gateway and ignores `schema` once `gateway` is set.
    Object.assign(options, { gateway: localExecutionGateway(schema, compiledExecutor(schema, { compileAfter })) });
    await super.start(options);
  }
}
