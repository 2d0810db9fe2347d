// Ignore globs come from a cloned repository's `.market-notes.json`: untrusted. Translated to a backtracking regular
// expression (as picomatch does), `*a*a*a*a*a*b` against a 100-letter name took 17 s. Here a glob compiles to a
// small automaton run over the path one character at a time with every live state at once (Thompson's method):
// time O(path length × glob length) whatever the glob, and globs longer than `maxGlobLength` are refused.
//
// Syntax: `*` (within a folder), `**` (a whole segment: any folders), `?`, `[abc]` `[a-z]` `[!a]` `[^a]`, `{a,b}`
// (nestable), `\` escapes, a leading `!` negates. Dot files match like any other (picomatch's `dot: true`).

export const maxGlobLength = 500;

type CharTest = { readonly kind: 'literal'; readonly code: number } | { readonly kind: 'not-slash' } | { readonly kind: 'any' } | ClassTest;
interface ClassTest {
  readonly kind: 'class';
  /** Inclusive [from, to] pairs of char codes. */
  readonly ranges: readonly number[];
  readonly negated: boolean;
}

type Node = { readonly type: 'char'; readonly test: CharTest } | { readonly type: 'repeat'; readonly test: CharTest } | { readonly type: 'optional'; readonly body: Node[] } | { readonly type: 'alternatives'; readonly options: Node[][] };

type Instruction = { op: 'char'; test: CharTest; next: number } | { op: 'split'; a: number; b: number } | { op: 'match' };

/** A matcher for one glob, or undefined when the glob is too long to accept. */
export function compileGlob(glob: string): ((path: string) => boolean) | undefined {
  if (glob.length > maxGlobLength) return undefined;
  let negated = false;
  let source = glob;
  if (source.startsWith('!') && !source.startsWith('!(')) {
    negated = true;
    source = source.slice(1);
  }
  if (source.startsWith('./')) source = source.slice(2);
  const program: Instruction[] = [{ op: 'match' }];
  const start = compileSequence(new GlobParser(source).parse(), 0, program);
  return (path) => run(program, start, path) !== negated;
}

function compileSequence(nodes: readonly Node[], next: number, program: Instruction[]): number {
  let entry = next;
  for (let index = nodes.length - 1; index >= 0; index--) entry = compileNode(nodes[index], entry, program);
  return entry;
}

function compileNode(node: Node, next: number, program: Instruction[]): number {
  switch (node.type) {
    case 'char':
      return program.push({ op: 'char', test: node.test, next }) - 1;
    case 'repeat': {
      const loop = program.push({ op: 'split', a: -1, b: next }) - 1;
      const body = program.push({ op: 'char', test: node.test, next: loop }) - 1;
      (program[loop] as { a: number }).a = body;
      return loop;
    }
    case 'optional':
      return program.push({ op: 'split', a: compileSequence(node.body, next, program), b: next }) - 1;
    case 'alternatives': {
      let entry = compileSequence(node.options[node.options.length - 1], next, program);
      for (let index = node.options.length - 2; index >= 0; index--) {
        entry = program.push({ op: 'split', a: compileSequence(node.options[index], next, program), b: entry }) - 1;
      }
      return entry;
    }
  }
}

/** Every live state advanced together: each instruction is visited at most once per character. */
function run(program: readonly Instruction[], start: number, path: string): boolean {
  const seen = new Int32Array(program.length).fill(-1);
  const stack: number[] = [];
  const addState = (pc: number, step: number, into: number[]) => {
    stack.push(pc);
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (seen[at] === step) continue;
      seen[at] = step;
      const instruction = program[at];
      if (instruction.op === 'split') stack.push(instruction.b, instruction.a);
      else into.push(at);
    }
  };
  let current: number[] = [];
  addState(start, 0, current);
  for (let index = 0; index < path.length && current.length > 0; index++) {
    const code = path.charCodeAt(index);
    const next: number[] = [];
    for (const pc of current) {
      const instruction = program[pc];
      if (instruction.op === 'char' && accepts(instruction.test, code)) addState(instruction.next, index + 1, next);
    }
    current = next;
  }
  return current.some((pc) => program[pc].op === 'match');
}

function accepts(test: CharTest, code: number): boolean {
  switch (test.kind) {
    case 'literal':
      return code === test.code;
    case 'not-slash':
      return code !== 47;
    case 'any':
      return true;
    case 'class': {
      if (code === 47) return false; // a class never matches a folder separator
      let inside = false;
      for (let index = 0; index < test.ranges.length && !inside; index += 2) inside = test.ranges[index] <= code && code <= test.ranges[index + 1];
      return inside !== test.negated;
    }
  }
}

const slash = 47;

class GlobParser {
  private at = 0;
  /** Positions of `{` known not to open a group: without this, unclosed braces are re-tried exponentially. */
  private readonly unclosedBraces = new Set<number>();
  constructor(private readonly glob: string) {}

  parse(): Node[] {
    return this.sequence(false);
  }

  /** Nodes up to the end, or (inside braces) up to an unnested `,` or `}`. */
  private sequence(inBraces: boolean): Node[] {
    const nodes: Node[] = [];
    const { glob } = this;
    while (this.at < glob.length) {
      const char = glob[this.at];
      if (inBraces && (char === ',' || char === '}')) break;
      if (char === '\\' && this.at + 1 < glob.length) {
        nodes.push(literal(glob.charCodeAt(this.at + 1)));
        this.at += 2;
      } else if (char === '*') {
        this.star(nodes);
      } else if (char === '?') {
        nodes.push({ type: 'char', test: { kind: 'not-slash' } });
        this.at++;
      } else if (char === '[') {
        nodes.push(this.characterClass() ?? literal(glob.charCodeAt(this.at++)));
      } else if (char === '{') {
        nodes.push(this.braces() ?? literal(glob.charCodeAt(this.at++)));
      } else {
        nodes.push(literal(glob.charCodeAt(this.at++)));
      }
    }
    return nodes;
  }

  /** `*`, or `**` as a whole segment: `**∕` any folders (none too), `∕**` at the end anything below, `**` alone anything. */
  private star(nodes: Node[]): void {
    const { glob } = this;
    const start = this.at;
    let end = start;
    while (glob[end] === '*') end++;
    const before = glob[start - 1];
    const after = glob[end];
    const startsSegment = start === 0 || before === '/' || before === '{' || before === ',';
    const endsSegment = end === glob.length || after === '/' || after === '}' || after === ',';
    this.at = end;
    if (end - start < 2 || !startsSegment || !endsSegment) {
      nodes.push({ type: 'repeat', test: { kind: 'not-slash' } });
      return;
    }
    if (after === '/') {
      // `**/`: any number of whole folders, including none.
      this.at++;
      nodes.push({ type: 'optional', body: [{ type: 'repeat', test: { kind: 'any' } }, literal(slash)] });
    } else if (nodes.length > 0 && nodes[nodes.length - 1].type === 'char' && before === '/') {
      // `a/**`: `a` itself and anything below it.
      const separator = nodes.pop()!;
      nodes.push({ type: 'optional', body: [separator, { type: 'repeat', test: { kind: 'any' } }] });
    } else {
      nodes.push({ type: 'repeat', test: { kind: 'any' } });
    }
  }

  /** `[…]`, or undefined (a literal `[`) when it does not close. */
  private characterClass(): Node | undefined {
    const { glob } = this;
    let index = this.at + 1;
    const negated = glob[index] === '!' || glob[index] === '^';
    if (negated) index++;
    const ranges: number[] = [];
    let first = true;
    while (index < glob.length && (glob[index] !== ']' || first)) {
      first = false;
      let from = glob.charCodeAt(index);
      if (glob[index] === '\\' && index + 1 < glob.length) from = glob.charCodeAt(++index);
      index++;
      let to = from;
      if (glob[index] === '-' && index + 1 < glob.length && glob[index + 1] !== ']') {
        to = glob.charCodeAt(index + 1);
        index += 2;
      }
      ranges.push(Math.min(from, to), Math.max(from, to));
    }
    if (index >= glob.length) return undefined;
    this.at = index + 1;
    return { type: 'char', test: { kind: 'class', ranges, negated } };
  }

  /** `{a,b,…}`, or undefined (a literal `{`) when it does not close or has no comma. */
  private braces(): Node | undefined {
    const open = this.at;
    if (this.unclosedBraces.has(open)) return undefined;
    this.at++;
    const options: Node[][] = [this.sequence(true)];
    while (this.glob[this.at] === ',') {
      this.at++;
      options.push(this.sequence(true));
    }
    if (this.glob[this.at] !== '}' || options.length < 2) {
      this.unclosedBraces.add(open);
      this.at = open;
      return undefined;
    }
    this.at++;
    return { type: 'alternatives', options };
  }
}

function literal(code: number): Node {
  return { type: 'char', test: { kind: 'literal', code } };
}
