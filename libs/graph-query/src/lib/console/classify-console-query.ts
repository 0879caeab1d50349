import antlr from '@neo4j-cypher/antlr4-browser';
import type { ParseTree, ParserRuleContext, SyntaxErrorListener, Token } from '@neo4j-cypher/antlr4-browser';
import { CypherLexer, CypherParser } from '@neo4j-cypher/antlr4';
import { PolicyGraphError } from '@policygraph/graph-types';

/** Brackets ( [ { open at once. Real console queries stay under 8; Neo4j's own parser overflowed at ≈ 400. */
export const MAX_NESTING = 20;
/** Elements one range() may produce, and all range() calls of a query multiplied: beyond that a query is a CPU burner. */
export const MAX_RANGE_ELEMENTS = 100_000;
export const MAX_RANGE_PRODUCT = 10_000_000;

/**
 * Procedures the console may call: they read the schema or query the full-text index. Allow-listed by name because
 * Neo4j's procedure modes do not separate "reads the graph" from "reads the server" (dbms.listConfig is READ too).
 */
export const CONSOLE_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
];

/** Namespaces of functions the console may call; built-in functions without a namespace are all pure. */
const FUNCTION_NAMESPACES = new Set(['date', 'datetime', 'localdatetime', 'localtime', 'time', 'duration', 'point']);

/** Clauses that read: everything else (writes, LOAD CSV, FOREACH, START, commands) is refused. */
const READ_CLAUSES = new Set(['matchClause', 'unwindClause', 'withClause', 'returnClause', 'call']);

const REFUSED_RULES: Readonly<Record<string, string>> = {
  loadCSVClause: 'LOAD CSV is not allowed (it reads files and URLs from the server)',
  loadCSVQuery: 'LOAD CSV is not allowed (it reads files and URLs from the server)',
  bulkImportQuery: 'LOAD CSV and PERIODIC COMMIT are not allowed',
  periodicCommitHint: 'PERIODIC COMMIT is not allowed',
  command: 'schema commands (indexes, constraints) are not allowed',
  systemCommand: 'administration commands (SHOW, TERMINATE, users, roles, databases) are not allowed',
  cypherConsoleCommand: 'console commands are not allowed',
  explain: 'EXPLAIN and PROFILE are added by the console itself; send the query alone',
  profile: 'EXPLAIN and PROFILE are added by the console itself; send the query alone',
  cypherOption: 'query options (CYPHER runtime=…) are not allowed',
  mergeClause: 'MERGE would write to the graph',
  createClause: 'CREATE would write to the graph',
  createUniqueClause: 'CREATE UNIQUE would write to the graph',
  setClause: 'SET would write to the graph',
  deleteClause: 'DELETE would write to the graph',
  removeClause: 'REMOVE would write to the graph',
  foreachClause: 'FOREACH is for writes',
  startClause: 'START is not Cypher this server runs',
};

const READ_ONLY = 'The Cypher console is read-only';

/**
 * Functions whose names the grammar lexes as keywords (of its administration commands), so `labels(n)` does not
 * parse. For the check only, such a name directly followed by '(' is written as an escaped name; none of them is a
 * clause keyword, so the renaming cannot hide a clause.
 */
const KEYWORD_FUNCTIONS = new Set(['labels', 'type', 'nodes', 'relationships', 'replace']);

function refuse(reason: string, details: Record<string, string | number> = {}): never {
  throw new PolicyGraphError('CYPHER_REJECTED', `${READ_ONLY}: ${reason}.`, details);
}

class CollectingErrorListener implements SyntaxErrorListener {
  readonly errors: string[] = [];
  syntaxError(_recognizer: unknown, _symbol: Token | null, line: number, column: number, message: string): void {
    // antlr lists every token it expected; the first few say enough.
    const short = message.replace(/expecting \{([^}]*)\}/, (_all, list: string) => `expecting ${list.split(', ').slice(0, 6).join(', ')}, …`);
    this.errors.push(`line ${line}:${column + 1} ${short}`);
  }
  reportAmbiguity(): void {}
  reportAttemptingFullContext(): void {}
  reportContextSensitivity(): void {}
}

function lexer(query: string, listener: SyntaxErrorListener): CypherLexer {
  const result = new CypherLexer(new antlr.InputStream(query));
  result.removeErrorListeners();
  result.addErrorListener(listener);
  return result;
}

/**
 * The console's first line of defence: the query is parsed with the Cypher grammar of @neo4j-cypher/antlr4 (the
 * parser of Neo4j's editor) and must be one read statement made of read clauses, allow-listed procedures and
 * bounded expressions. Comments, strings and escapes are the lexer's business, so no text trick hides a clause.
 * Syntax the grammar does not know (newer than Neo4j 4: CALL { … }, EXISTS { … }, COUNT { … }) is refused too:
 * what cannot be checked does not run.
 */
export function classifyConsoleQuery(query: string, params: Readonly<Record<string, unknown>> = {}): void {
  const lexErrors = new CollectingErrorListener();
  let depth = 0;
  let deepest = 0;
  const tokens = lexer(query, lexErrors).getAllTokens();
  const checked: string[] = [];
  // Nesting is measured on tokens, before parsing: the parser itself recurses per level.
  for (const [index, token] of tokens.entries()) {
    if (token.text === '(' || token.text === '[' || token.text === '{') deepest = Math.max(deepest, ++depth);
    else if (token.text === ')' || token.text === ']' || token.text === '}') depth--;
    if (deepest > MAX_NESTING) refuse(`the query nests brackets more than ${MAX_NESTING} levels deep`, { maxNesting: MAX_NESTING });
    const next = tokens.slice(index + 1).find((t) => t.text.trim() !== '');
    const previous = tokens.slice(0, index).findLast((t) => t.text.trim() !== '');
    const isFunction = KEYWORD_FUNCTIONS.has(token.text.toLowerCase()) && next?.text === '(' && previous?.text !== '.';
    checked.push(isFunction ? `\`${token.text}\`` : token.text);
  }
  if (lexErrors.errors.length > 0) throw notParsed(lexErrors.errors[0]!);
  // The check must read the very text Neo4j will run: every character has to come back in some token.
  if (tokens.map((t) => t.text).join('') !== query) refuse('the query has characters the checker cannot place');

  const parseErrors = new CollectingErrorListener();
  const parser = new CypherParser(new antlr.CommonTokenStream(lexer(checked.join(''), parseErrors)));
  parser.removeErrorListeners();
  parser.addErrorListener(parseErrors);
  parser.buildParseTrees = true;
  let tree: ParserRuleContext;
  try {
    tree = parser.cypher();
  } catch (error) {
    if (error instanceof RangeError) refuse('the query is too deeply structured to check');
    throw error;
  }
  if (parseErrors.errors.length > 0) throw notParsed(parseErrors.errors[0]!);
  new ConsoleQueryCheck(parser.ruleNames, params).check(tree);
}

function notParsed(error: string): PolicyGraphError {
  return new PolicyGraphError(
    'CYPHER_REJECTED',
    `The console could not check this query (${error}). It runs one read query built from MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN, ORDER BY, SKIP, LIMIT, UNION and CALL of schema and full-text procedures; subqueries (CALL { … }, EXISTS { … }, COUNT { … }) are not accepted.`,
  );
}

class ConsoleQueryCheck {
  private statements = 0;
  private rangeProduct = 1;

  constructor(
    private readonly ruleNames: readonly string[],
    private readonly params: Readonly<Record<string, unknown>>,
  ) {}

  check(tree: ParserRuleContext): void {
    this.visit(tree);
    if (this.statements === 0) throw new PolicyGraphError('BAD_REQUEST', 'the query is empty');
    if (this.statements > 1) refuse('send one statement at a time');
  }

  private visit(node: ParseTree): void {
    const rule = this.ruleOf(node);
    if (rule !== undefined) this.checkRule(rule, node as ParserRuleContext);
    for (const child of node.children ?? []) this.visit(child);
  }

  private ruleOf(node: ParseTree): string | undefined {
    const index = (node as Partial<ParserRuleContext>).ruleIndex;
    return index === undefined ? undefined : this.ruleNames[index];
  }

  private childRules(node: ParseTree): { rule: string; node: ParserRuleContext }[] {
    return (node.children ?? []).flatMap((child) => {
      const rule = this.ruleOf(child);
      return rule === undefined ? [] : [{ rule, node: child as ParserRuleContext }];
    });
  }

  private checkRule(rule: string, node: ParserRuleContext): void {
    const refused = REFUSED_RULES[rule];
    if (refused) refuse(refused);
    switch (rule) {
      case 'statement':
        this.statements++;
        if (!this.childRules(node).every((c) => c.rule === 'query')) refuse('only queries run here, no commands');
        return;
      case 'clause': {
        const [clause] = this.childRules(node);
        if (clause && REFUSED_RULES[clause.rule]) refuse(REFUSED_RULES[clause.rule]!);
        if (!clause || !READ_CLAUSES.has(clause.rule)) refuse(`${node.getText().split(/\s|\(/)[0] || 'this clause'} is not a reading clause`);
        return;
      }
      case 'procedureInvocationBody': {
        // namespace + name: db.index.fulltext.queryNodes
        const name = this.childRules(node)
          .filter((c) => c.rule === 'namespace' || c.rule === 'procedureName')
          .map((c) => c.node.getText())
          .join('');
        if (!CONSOLE_PROCEDURES.some((allowed) => allowed.toLowerCase() === name.toLowerCase())) refuse(`the procedure ${name} is not allowed here`);
        return;
      }
      case 'functionInvocation':
        return this.checkFunction(node);
      case 'reduceFunction':
        return this.checkReduce(node);
      default:
        return;
    }
  }

  private checkFunction(node: ParserRuleContext): void {
    const nameNode = this.childRules(node).find((c) => c.rule === 'functionInvocationBody')?.node;
    const name = nameNode
      ? (this.childRules(nameNode)
          .find((c) => c.rule === 'functionName')
          ?.node.getText() ?? '')
      : '';
    const namespace =
      this.childRules(nameNode ?? node)
        .find((c) => c.rule === 'namespace')
        ?.node.getText()
        .replace(/\.$/, '') ?? '';
    if (namespace && !FUNCTION_NAMESPACES.has(namespace.toLowerCase())) refuse(`the function ${namespace}.${name} is not allowed here`);
    if (!namespace && name.toLowerCase() === 'range') this.checkRange(node);
  }

  /** range() with literal or parameter bounds is sized before it runs; other bounds are left to the timeout. */
  private checkRange(node: ParserRuleContext): void {
    const args = this.argumentsOf(node).map((arg) => this.integerValue(arg));
    if (args.length < 2 || args.some((a) => a === undefined)) return;
    const [from, to, step = 1] = args as number[];
    const elements = step === 0 ? Infinity : Math.max(0, Math.floor((to! - from!) / step) + 1);
    if (elements > MAX_RANGE_ELEMENTS)
      refuse(
        `range() of ${elements > 1e15 ? 'too many' : elements.toLocaleString('en')} elements; the console allows ${MAX_RANGE_ELEMENTS.toLocaleString('en')}`,
      );
    this.rangeProduct *= Math.max(1, elements);
    if (this.rangeProduct > MAX_RANGE_PRODUCT)
      refuse(`the ranges of this query multiply to more than ${MAX_RANGE_PRODUCT.toLocaleString('en')} rows or values`);
  }

  /**
   * reduce() may only accumulate a number: a growing string or list (s + s doubles per step) is built in one go,
   * outside the transaction memory cap and deaf to the timeout, and made Neo4j exit on OutOfMemory.
   */
  private checkReduce(node: ParserRuleContext): void {
    const children = node.children ?? [];
    const start = children.findIndex((child) => child.getText() === '=');
    // The start value is the first expression after '=' (whitespace is in the tree as tokens).
    const init = start >= 0 ? children.slice(start + 1).find((child) => this.ruleOf(child) === 'expression') : undefined;
    if (!init || !/^[-+]?\d+(\.\d+)?$/.test(init.getText())) refuse('reduce() may only add up numbers here (its start value must be a number)');
  }

  private argumentsOf(node: ParserRuleContext): ParseTree[] {
    const body = this.childRules(node).find((c) => c.rule === 'functionInvocationBody')?.node ?? node;
    const owner = [node, body].find((n) => this.childRules(n).some((c) => c.rule === 'expression')) ?? node;
    return this.childRules(owner)
      .filter((c) => c.rule === 'expression')
      .map((c) => c.node);
  }

  private integerValue(expression: ParseTree): number | undefined {
    const text = expression.getText();
    if (/^[-+]?\d+$/.test(text)) return Number(text);
    const parameter = /^\$(\w+)$/.exec(text)?.[1];
    if (parameter === undefined) return undefined;
    const value = this.params[parameter];
    const number =
      typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : Number((value as { toNumber?: () => number })?.toNumber?.() ?? NaN);
    return Number.isFinite(number) ? Math.trunc(number) : undefined;
  }
}

/**
 * antlr's prediction builds its lookahead tables on first use: the first queries take ≈ 0.3–0.7 s to check, later
 * ones ≈ 1–2 ms. Checking typical queries once at start-up keeps that cost off the first analysts' requests.
 */
export function warmConsoleParser(): void {
  const samples = [
    'MATCH (p:Project)-[r:RESPONSIBLE {role: "lead"}]->(d:Department {name: $name}) WHERE p.x > 1 AND NOT (p)-->() RETURN p, r, d, p.name AS task ORDER BY task DESC SKIP 1 LIMIT $n',
    'OPTIONAL MATCH path = (a)-[*1..3]-(b:X) WITH a, count(*) AS n, collect(b.name)[0..3] AS names WHERE n > 2 UNWIND names AS name RETURN DISTINCT a { .name } AS m, labels(a)[0], type(r), size([x IN names WHERE x STARTS WITH "a" | toUpper(x)]) AS s',
    "CALL db.index.fulltext.queryNodes('entity_text', $q) YIELD node, score RETURN node.name AS name, CASE WHEN score > 1 THEN 'hi' ELSE 'lo' END AS band, reduce(t = 0, i IN range(1, 10) | t + i) AS total UNION MATCH (n) RETURN n.name AS name, 1 AS band, 2 AS total",
    `RETURN ${'['.repeat(30)}1${']'.repeat(30)} AS x`,
  ];
  for (const sample of samples) {
    try {
      classifyConsoleQuery(sample, { name: 'x', n: 1, q: 'x' });
    } catch {
      // Refusals warm the tables as well.
    }
  }
}
