import { Inject, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Args, Field, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import type { GraphConnection } from '@policygraph/graph-store';
import { ingestPrepared, type DocumentReaderPool } from '@policygraph/ingest';
import { PolicyGraphError } from '@policygraph/graph-types';
import type { AppConfig } from '../config/app-config';
import { DOCUMENT_READERS, GRAPH_CONNECTION, READ_CACHE } from '../graph/tokens';
import type { ReadCache } from '../read-cache/read-cache';

@ObjectType('IngestReport', { description: 'What storing one document did: added, replaced or unchanged, with fact counts.' })
export class IngestReportObject {
  @Field(() => String) documentId!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String, {
    description:
      'added, replaced (new text, or the same text read by a changed extractor), unchanged (same text and facts already stored) or duplicate (same content stored under another name)',
  })
  status!: string;
  @Field(() => String, { nullable: true, description: 'For duplicates: the document that already holds this content.' }) duplicateOf?: string;
  @Field(() => Int) nodes!: number;
  @Field(() => Int) relationships!: number;
  @Field(() => Int) removed!: number;
  @Field(() => Int, { description: 'Content problems the extractor reported (kept, not fatal).' }) issues!: number;
  @Field(() => String) encoding!: string;
}

@Resolver()
export class IngestResolver implements OnApplicationShutdown {
  constructor(
    @Inject(GRAPH_CONNECTION) private readonly graph: GraphConnection,
    @Inject(ConfigService) private readonly config: ConfigService<AppConfig, true>,
    @Inject(READ_CACHE) private readonly cache: ReadCache,
    @Inject(DOCUMENT_READERS) private readonly readers: DocumentReaderPool,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.readers.close();
  }

  @Mutation(() => IngestReportObject, { description: 'Extracts and stores one document sent as base64 bytes (any supported text encoding).' })
  async ingestDocument(
    @Args('fileName', { type: () => String }) fileName: string,
    @Args('contentBase64', { type: () => String }) contentBase64: string,
  ): Promise<IngestReportObject> {
    if (fileName.length === 0 || fileName.length > 255 || /[/\\]/.test(fileName))
      throw new PolicyGraphError('BAD_REQUEST', 'fileName must be a plain file name of 1 to 255 characters');
    if (contentBase64.length > Math.ceil((this.config.get('maxUploadBytes', { infer: true }) * 4) / 3) + 4) {
      throw new PolicyGraphError(
        'INPUT_TOO_LARGE',
        `${fileName} is larger than the ${Math.round(this.config.get('maxUploadBytes', { infer: true }) / 1048576)} MB upload limit. Use 'npm run ingest' for large files.`,
      );
    }
    const prepared = await this.readers.prepare(Buffer.from(contentBase64, 'base64'), fileName);
    const { report, issues } = await ingestPrepared(this.graph, prepared).finally(() => this.cache.clear());
    return { ...report, fileName: prepared.document.fileName, issues, encoding: prepared.document.encoding };
  }
}
