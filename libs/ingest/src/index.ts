export * from './lib/decode-text';
export * from './lib/read-document-file';
export * from './lib/collect-input-files';
export * from './lib/ingest-documents';
export * from './lib/ingest-progress';
export * from './lib/formats/extracted-text';
export { extractText } from './lib/formats/extract-text';
