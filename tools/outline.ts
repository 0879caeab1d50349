import { readFileSync } from 'node:fs';
import { parseDocument } from '@policygraph/parse';
const file = process.argv[2];
const doc = parseDocument(readFileSync(file, 'utf8'));
for (const s of doc.sections) console.log(`${s.headingSpan.start}\t${'  '.repeat(s.depth)}${s.heading}`);
for (const t of doc.tables) console.log('TABLE', t.start, t.caption, t.columns.map((c) => c.header + ':' + c.kind).join('|'), t.rows.length);
