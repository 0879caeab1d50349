import type { GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { printSchema, type GraphQLSchema } from 'graphql';
import type { OperationExecutor } from './compiled-execution';

/**
 * Apollo Server's one extension point for running operations with another executor is its gateway interface: the
 * schema is handed over at load, and Apollo keeps doing the rest (parsing, validation and its cache, plugins, error
 * formatting, HTTP). This gateway serves a local schema with `execute`; it federates nothing.
 */
export function localExecutionGateway(schema: GraphQLSchema, execute: OperationExecutor): GatewayInterface {
  const listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      const coreSupergraphSdl = printSchema(schema);
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl });
      return {
        executor: (context) => {
          if (!context.operation) throw new Error('Apollo called the executor without a resolved operation');
          return execute({
            document: context.document,
            operation: context.operation,
            operationName: context.operationName,
            contextValue: context.context,
            variables: context.request.variables,
          });
        },
      };
    },
    async stop() {
      listeners.clear();
    },
  };
}
