import { strategyId, type Evidence, type GraphNode, type GraphRelationship } from '@policygraph/graph-types';
import { clauseEvidence, type NormalizedTask } from '../text/clause-span';
import { minePhrases } from './mine-phrases';
import { matchStrategies } from './strategy-lexicon';
import { wordBoundaries } from '../text/policy-segmenter';

/** First place a phrase occurs as a word of the text (both ends on word boundaries), or -1. */
function wordAt(text: string, boundaries: Uint8Array, phrase: string): number {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) if (boundaries[at] && boundaries[at + phrase.length]) return at;
  return -1;
}

/** Evidence kept on a Strategy node per document (its MENTIONS edge): a few quotes, the APPLIES edges have all. */
const MAX_NODE_EVIDENCE = 5;

interface StrategyFacts {
  readonly nodes: GraphNode[];
  readonly relationships: GraphRelationship[];
}

/**
 * (Goal|Project|Task)-[:APPLIES]->(Strategy) for one document: lexicon strategies wherever a task uses one of their
 * terms, and mined phrases (source 'mined') wherever a task uses the phrase. Each edge's evidence is the clause
 * that says it.
 */
export function applyStrategies(tasks: readonly NormalizedTask[]): StrategyFacts {
  const nodes = new Map<string, { key: string; name: string; properties: Record<string, string | string[]>; evidence: Evidence[] }>();
  const relationships: GraphRelationship[] = [];
  const apply = (task: NormalizedTask, key: string, name: string, properties: Record<string, string | string[]>, term: string, start: number, end: number) => {
    const id = strategyId(key);
    const evidence = clauseEvidence(task, start, end);
    const node = nodes.get(id) ?? { key, name, properties, evidence: [] };
    if (node.evidence.length < MAX_NODE_EVIDENCE) node.evidence.push(evidence);
    nodes.set(id, node);
    relationships.push({
      type: 'APPLIES',
      from: task.task.nodeId,
      to: id,
      properties: { source: String(properties['source'] === 'mined' ? 'mined' : 'lexicon'), term },
      evidence: [evidence],
    });
  };

  const boundaries = tasks.map((task) => wordBoundaries(task.mapped.text));
  tasks.forEach((task, index) => {
    for (const match of matchStrategies(task.mapped.text, boundaries[index])) {
      const { strategy } = match;
      apply(
        task,
        strategy.key,
        strategy.name,
        { key: strategy.key, source: strategy.source, aliases: [...strategy.terms] },
        match.term,
        match.start,
        match.end,
      );
    }
  });
  for (const mined of minePhrases(tasks.map((task) => task.mapped.text))) {
    tasks.forEach((task, index) => {
      const at = wordAt(task.mapped.text, boundaries[index]!, mined.phrase);
      if (at >= 0) apply(task, mined.phrase, mined.phrase, { key: mined.phrase, source: 'mined' }, mined.phrase, at, at + mined.phrase.length);
    });
  }
  return {
    nodes: [...nodes.entries()].map(([id, node]) => ({ id, label: 'Strategy', name: node.name, properties: node.properties, evidence: node.evidence })),
    relationships,
  };
}
