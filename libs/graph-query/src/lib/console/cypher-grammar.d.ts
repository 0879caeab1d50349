// Types for the parts of the Cypher grammar packages this project uses (they ship JavaScript only): the generated
// lexer and parser of @neo4j-cypher/antlr4 and the antlr4 runtime they were generated against.
declare module '@neo4j-cypher/antlr4-browser' {
  export interface Token {
    readonly type: number;
    readonly text: string;
    readonly line: number;
    readonly column: number;
  }
  export interface ParseTree {
    readonly children: ParseTree[] | null;
    getText(): string;
  }
  export interface ParserRuleContext extends ParseTree {
    readonly ruleIndex: number;
    readonly start: Token;
  }
  export interface SyntaxErrorListener {
    syntaxError(recognizer: unknown, offendingSymbol: Token | null, line: number, column: number, message: string): void;
    reportAmbiguity(): void;
    reportAttemptingFullContext(): void;
    reportContextSensitivity(): void;
  }
  interface Runtime {
    InputStream: new (input: string) => unknown;
    CommonTokenStream: new (lexer: unknown) => unknown;
  }
  const runtime: Runtime;
  export default runtime;
}

declare module '@neo4j-cypher/antlr4' {
  import type { ParserRuleContext, SyntaxErrorListener, Token } from '@neo4j-cypher/antlr4-browser';
  export class CypherLexer {
    constructor(input: unknown);
    static readonly EOF: number;
    removeErrorListeners(): void;
    addErrorListener(listener: SyntaxErrorListener): void;
    getAllTokens(): Token[];
  }
  export class CypherParser {
    constructor(tokens: unknown);
    buildParseTrees: boolean;
    readonly ruleNames: string[];
    removeErrorListeners(): void;
    addErrorListener(listener: SyntaxErrorListener): void;
    cypher(): ParserRuleContext;
  }
}
