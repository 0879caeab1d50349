import type { GraphConnection } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import neo4j from 'neo4j-driver';
import { nodeOrSummary, nodeView } from './graph-elements';
import { lucenePhrase } from './lucene-phrase';
import { readQuery } from './read-query';
import type { SearchHit } from '@policygraph/graph-types';
export type { SearchHit };

export interface SearchArgs {
  readonly text: string;
  readonly labels?: readonly string[];
  readonly region?: string | null;
  readonly limit?: number;
  /** Properties and evidence of each hit (default true); false returns ids, labels and names only. */
  readonly details?: boolean;
}

/**
 * Short forms analysts type, mapped to the full forms plans write. The cjk analyzer indexes character bigrams, so
 * 发改委 (bigrams 发改, 改委) would never meet 发展改革委 (发展, 展改, 改革, 革委) without this expansion.
 */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  发改委: ['发展改革委', '发展和改革委员会'],
  发改: ['发展改革'],
  工信: ['工业和信息化'],
  经信: ['经济和信息化'],
  人社: ['人力资源和社会保障'],
  文旅: ['文化和旅游', '文化旅游', '旅游文化'],
  住建: ['住房和城乡建设'],
  市场监管: ['市场监督管理', '市场监管'],
  网信: ['网络安全和信息化'],
  卫健: ['卫生健康'],
  商贸: ['商贸', '商务'],
  养老: ['养老'],
  物流: ['物流'],
  金融: ['金融'],
};

/** Builds a Lucene query: each expanded form as a phrase, OR'ed; user text never reaches Lucene unescaped. */
export function searchQueryText(text: string): string {
  const cleaned = text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  const forms = new Set<string>([cleaned]);
  for (const [short, long] of Object.entries(SHORT_FORMS)) {
    if (cleaned.includes(short)) for (const form of long) forms.add(cleaned.replace(short, form));
  }
  return [...forms].map(lucenePhrase).join(' OR ');
}

export async function search(connection: GraphConnection, args: SearchArgs): Promise<SearchHit[]> {
  const text = args.text.trim();
  if (text.length === 0) return [];
  if (text.length > 200) throw new PolicyGraphError('BAD_REQUEST', 'search text is longer than 200 characters');
  const limit = args.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new PolicyGraphError('BAD_REQUEST', `limit must be 1 to 200, got ${limit}`);
  const records = await readQuery(
    connection,
    `CALL db.index.fulltext.queryNodes('entity_text_search', $query, {limit: $candidates}) YIELD node, score
     WHERE ($labels IS NULL OR node.label IN $labels)
       AND ($region IS NULL OR node.region = $region OR node.name = $region)
     // Names matching the text beat nodes that only quote it.
     WITH node, score + CASE WHEN node.name CONTAINS $plain OR node.aliasText CONTAINS $plain THEN 10 ELSE 0 END AS rank
     ORDER BY rank DESC, size(node.name)
     LIMIT $limit
     RETURN ${nodeOrSummary('node')} AS node, rank`,
    {
      query: searchQueryText(text),
      plain: text,
      labels: args.labels?.length ? args.labels : null,
      region: args.region ?? null,
      limit: neo4j.int(limit),
      details: args.details ?? true,
      // Filters discard hits after the index returns them, so filtered searches ask the index for more candidates.
      candidates: neo4j.int(args.labels?.length || args.region ? 2_000 : Math.max(200, limit * 10)),
    },
    `searching for ${text}`,
  );
  return records.map((r) => ({ node: nodeView(r.get('node')), score: Number(r.get('rank')) }));
}
