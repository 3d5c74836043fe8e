/**
 * Regular expressions given as text over the control API (`pathRegex` of the journal and of fault
 * rules), matched in time linear in the path: a Thompson NFA run as a lazily built DFA (RE2's way),
 * so `^/(a+)+$` against a long path answers at once instead of backtracking for minutes.
 *
 * The syntax is JavaScript's (no flags), less what needs backtracking: backreferences (`\1`, `\k<n>`)
 * and lookarounds (`(?=`, `(?!`, `(?<=`, `(?<!`) are refused with a message. Only `test` is offered:
 * a filter needs no captures. Limits keep even a huge pattern cheap: 500 characters, 2,000 NFA states
 * (counted repetitions are unrolled), 5,000 cached DFA states (beyond that, the NFA runs uncached).
 */

export const MAX_PATTERN_LENGTH = 500;
const MAX_NODES = 2000;
const MAX_DFA_STATES = 5000;
const MAX_REPEAT = 1000;

/** A pattern this matcher does not take (the message says why). */
export class UnsupportedPatternError extends Error {}

// ---------------------------------------------------------------------------------------------
// Parsing: JavaScript's pattern syntax (Annex B, no `u` flag) into a small tree.

type CharTest = (c: number) => boolean;

type Ast =
  | { t: 'empty' }
  | { t: 'char'; test: CharTest }
  | { t: 'assert'; what: '^' | '$' | 'b' | 'B' }
  | { t: 'cat'; items: Ast[] }
  | { t: 'alt'; items: Ast[] }
  | { t: 'repeat'; item: Ast; min: number; max: number }; // max: Infinity for unbounded

const range =
  (lo: number, hi: number): CharTest =>
  (c) =>
    c >= lo && c <= hi;
const DIGIT: CharTest = range(48, 57);
const WORD: CharTest = (c) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const SPACE: CharTest = (c) =>
  (c >= 9 && c <= 13) ||
  c === 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
const LINE_TERMINATOR: CharTest = (c) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const not =
  (test: CharTest): CharTest =>
  (c) =>
    !test(c);
const is =
  (code: number): CharTest =>
  (c) =>
    c === code;

const CLASS_ESCAPES: Record<string, CharTest> = {
  d: DIGIT,
  D: not(DIGIT),
  w: WORD,
  W: not(WORD),
  s: SPACE,
  S: not(SPACE),
};
const CONTROL_ESCAPES: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Ast {
    const ast = this.alternation();
    if (this.i < this.src.length) throw new UnsupportedPatternError(`unexpected "${this.src[this.i]}"`);
    return ast;
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.i + offset];
  }

  private alternation(): Ast {
    const items = [this.concatenation()];
    while (this.peek() === '|') {
      this.i++;
      items.push(this.concatenation());
    }
    return items.length === 1 ? items[0] : { t: 'alt', items };
  }

  private concatenation(): Ast {
    const items: Ast[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      items.push(this.quantified());
    }
    if (items.length === 0) return { t: 'empty' };
    return items.length === 1 ? items[0] : { t: 'cat', items };
  }

  private quantified(): Ast {
    const item = this.atom();
    const q = this.quantifier();
    if (!q) return item;
    if (this.peek() === '?') this.i++; // lazy: the same for test()
    return { t: 'repeat', item, min: q.min, max: q.max };
  }

  private quantifier(): { min: number; max: number } | undefined {
    const c = this.peek();
    if (c === '*') return (this.i++, { min: 0, max: Infinity });
    if (c === '+') return (this.i++, { min: 1, max: Infinity });
    if (c === '?') return (this.i++, { min: 0, max: 1 });
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return undefined; // a literal "{" (Annex B)
      this.i += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) {
        throw new UnsupportedPatternError(`counted repetitions go up to {${MAX_REPEAT}}`);
      }
      return { min, max };
    }
    return undefined;
  }

  private atom(): Ast {
    const c = this.src[this.i++];
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return { t: 'char', test: this.characterClass() };
      case '.':
        return { t: 'char', test: not(LINE_TERMINATOR) };
      case '^':
        return { t: 'assert', what: '^' };
      case '$':
        return { t: 'assert', what: '$' };
      case '\\':
        return this.escape();
      default:
        return { t: 'char', test: is(c.charCodeAt(0)) };
    }
  }

  private group(): Ast {
    if (this.peek() === '?') {
      const kind = this.src.slice(this.i, this.i + 3);
      if (kind.startsWith('?:')) this.i += 2;
      else if (kind === '?<=' || kind === '?<!' || kind.startsWith('?=') || kind.startsWith('?!')) {
        throw new UnsupportedPatternError('lookarounds ((?=, (?!, (?<=, (?<!) are not supported');
      } else if (kind.startsWith('?<')) {
        const end = this.src.indexOf('>', this.i);
        if (end < 0) throw new UnsupportedPatternError('unterminated group name');
        this.i = end + 1;
      } else throw new UnsupportedPatternError('invalid group');
    }
    const inner = this.alternation();
    if (this.src[this.i++] !== ')') throw new UnsupportedPatternError('unterminated group');
    return inner;
  }

  /** An escape outside a class; `\b` is a word boundary there. */
  private escape(): Ast {
    const c = this.src[this.i];
    if (c === undefined) throw new UnsupportedPatternError('\\ at end of pattern');
    if (c === 'b' || c === 'B') {
      this.i++;
      return { t: 'assert', what: c };
    }
    if (/[1-9]/.test(c) || (c === 'k' && this.peek(1) === '<')) {
      throw new UnsupportedPatternError('backreferences (\\1, \\k<name>) are not supported');
    }
    return { t: 'char', test: this.escapedChar(false) };
  }

  /** The set an escape stands for (`\d`, `\n`, `\x41`, `\.` …), after the backslash. */
  private escapedChar(inClass: boolean): CharTest {
    const c = this.src[this.i++];
    if (c === undefined) throw new UnsupportedPatternError('\\ at end of pattern');
    if (CLASS_ESCAPES[c]) return CLASS_ESCAPES[c];
    return is(this.escapedCode(c, inClass));
  }

  /** The code unit of a single-character escape, after reading its letter `c`. */
  private escapedCode(c: string, inClass: boolean): number {
    if (c in CONTROL_ESCAPES) return CONTROL_ESCAPES[c];
    if (inClass && c === 'b') return 8;
    if (c === '0' && !/[0-9]/.test(this.peek() ?? '')) return 0;
    if (/[0-9]/.test(c)) {
      throw new UnsupportedPatternError('backreferences and octal escapes (\\1, \\01) are not supported');
    }
    if (c === 'c') {
      if (!/[A-Za-z]/.test(this.peek() ?? '')) throw new UnsupportedPatternError('\\c needs a letter');
      return this.src.charCodeAt(this.i++) % 32;
    }
    if (c === 'x' && /^[0-9a-fA-F]{2}/.test(this.src.slice(this.i))) {
      this.i += 2;
      return parseInt(this.src.slice(this.i - 2, this.i), 16);
    }
    if (c === 'u' && /^[0-9a-fA-F]{4}/.test(this.src.slice(this.i))) {
      this.i += 4;
      return parseInt(this.src.slice(this.i - 4, this.i), 16);
    }
    return c.charCodeAt(0); // an identity escape: \/ \. \- \c …
  }

  private characterClass(): CharTest {
    const negated = this.peek() === '^';
    if (negated) this.i++;
    const parts: CharTest[] = [];
    /** One class atom: a code unit, or a set (\d …) that cannot be a range's end. */
    const classAtom = (): number | CharTest => {
      const c = this.src[this.i++];
      if (c === undefined) throw new UnsupportedPatternError('unterminated character class');
      if (c !== '\\') return c.charCodeAt(0);
      const e = this.src[this.i++];
      if (e === undefined) throw new UnsupportedPatternError('\\ at end of pattern');
      if (CLASS_ESCAPES[e]) return CLASS_ESCAPES[e];
      return this.escapedCode(e, true);
    };
    while (this.peek() !== ']') {
      if (this.i >= this.src.length) throw new UnsupportedPatternError('unterminated character class');
      const from = classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.i++;
        const to = classAtom();
        if (typeof from === 'number' && typeof to === 'number') {
          if (from > to) throw new UnsupportedPatternError('range out of order in character class');
          parts.push(range(from, to));
          continue;
        }
        // Annex B: [\d-z] is \d, "-" and "z".
        parts.push(typeof from === 'number' ? is(from) : from, is(45), typeof to === 'number' ? is(to) : to);
        continue;
      }
      parts.push(typeof from === 'number' ? is(from) : from);
    }
    this.i++; // ]
    const any: CharTest = (c) => parts.some((p) => p(c));
    return negated ? not(any) : any;
  }
}

// ---------------------------------------------------------------------------------------------
// The NFA (Thompson), built with continuations: compile(ast, next) answers the node that starts it.

type NfaNode =
  | { k: 'char'; test: CharTest; next: number }
  | { k: 'split'; a: number; b: number }
  | { k: 'assert'; what: '^' | '$' | 'b' | 'B'; next: number }
  | { k: 'match' };

class Nfa {
  readonly nodes: NfaNode[] = [{ k: 'match' }];
  readonly start: number;

  constructor(ast: Ast) {
    this.start = this.compile(ast, 0);
  }

  private add(node: NfaNode): number {
    if (this.nodes.length >= MAX_NODES) {
      throw new UnsupportedPatternError(`the pattern is too large (over ${MAX_NODES} states)`);
    }
    this.nodes.push(node);
    return this.nodes.length - 1;
  }

  private compile(ast: Ast, next: number): number {
    switch (ast.t) {
      case 'empty':
        return next;
      case 'char':
        return this.add({ k: 'char', test: ast.test, next });
      case 'assert':
        return this.add({ k: 'assert', what: ast.what, next });
      case 'cat': {
        let start = next;
        for (let i = ast.items.length - 1; i >= 0; i--) start = this.compile(ast.items[i], start);
        return start;
      }
      case 'alt': {
        let start = this.compile(ast.items[ast.items.length - 1], next);
        for (let i = ast.items.length - 2; i >= 0; i--) {
          start = this.add({ k: 'split', a: this.compile(ast.items[i], next), b: start });
        }
        return start;
      }
      case 'repeat': {
        let start = next;
        if (ast.max === Infinity) {
          const loop = this.add({ k: 'split', a: -1, b: next });
          (this.nodes[loop] as { a: number }).a = this.compile(ast.item, loop);
          start = loop;
        } else {
          for (let i = ast.min; i < ast.max; i++) {
            start = this.add({ k: 'split', a: this.compile(ast.item, start), b: next });
          }
        }
        for (let i = 0; i < ast.min; i++) start = this.compile(ast.item, start);
        return start;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The lazy DFA: a state is a set of NFA nodes (char, assert and match nodes: the epsilon closure
// stops at assertions, resolved when the next character is known) plus what the assertions need of
// the past (at the start? was the previous character a word character?).

interface DState {
  nodes: number[];
  atStart: boolean;
  prevWord: boolean;
  /** By code unit: the next state, or `true` when a match ends before that character. */
  next: Map<number, DState | true>;
  /** Whether a match ends at the end of the input from here (computed on first use). */
  acceptsAtEnd?: boolean;
}

const isWordCode = (c: number) => c >= 0 && WORD(c);

export class LinearMatcher {
  private readonly nfa: Nfa;
  private readonly states = new Map<string, DState>();
  private readonly initial: DState;

  constructor(source: string) {
    if (source.length > MAX_PATTERN_LENGTH) {
      throw new UnsupportedPatternError(`patterns are limited to ${MAX_PATTERN_LENGTH} characters`);
    }
    this.nfa = new Nfa(new Parser(source).parse());
    this.initial = this.state(this.closure([this.nfa.start]), true, false);
  }

  /** Whether the pattern matches somewhere in `input`: O(input length) once the DFA states are built. */
  test(input: string): boolean {
    let state = this.initial;
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      let next = state.next.get(c);
      if (next === undefined) {
        next = this.step(state, c);
        if (this.states.size < MAX_DFA_STATES || next === true) state.next.set(c, next);
      }
      if (next === true) return true;
      state = next;
    }
    state.acceptsAtEnd ??= this.resolve(state, -1).matched;
    return state.acceptsAtEnd;
  }

  /** The nodes reached from `seeds` by splits (assertions, characters and the match kept). */
  private closure(seeds: number[]): number[] {
    const seen = new Set<number>();
    const out: number[] = [];
    const stack = [...seeds];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const node = this.nfa.nodes[id];
      if (node.k === 'split') stack.push(node.b, node.a);
      else out.push(id);
    }
    return out.sort((a, b) => a - b);
  }

  /** The char nodes live before code unit `c` (-1: the end), assertions resolved; and whether one matched. */
  private resolve(state: DState, c: number): { chars: number[]; matched: boolean } {
    const nextWord = isWordCode(c);
    const chars: number[] = [];
    const seen = new Set<number>();
    const stack = [...state.nodes];
    let matched = false;
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const node = this.nfa.nodes[id];
      if (node.k === 'match') matched = true;
      else if (node.k === 'char') chars.push(id);
      else if (node.k === 'split') stack.push(node.b, node.a);
      else {
        const holds =
          node.what === '^'
            ? state.atStart
            : node.what === '$'
              ? c === -1
              : node.what === 'b'
                ? state.prevWord !== nextWord
                : state.prevWord === nextWord;
        if (holds) stack.push(node.next);
      }
    }
    return { chars, matched };
  }

  private step(state: DState, c: number): DState | true {
    const { chars, matched } = this.resolve(state, c);
    if (matched) return true;
    const seeds = [this.nfa.start]; // unanchored: a match may also start after this character
    for (const id of chars) {
      const node = this.nfa.nodes[id] as Extract<NfaNode, { k: 'char' }>;
      if (node.test(c)) seeds.push(node.next);
    }
    return this.state(this.closure(seeds), false, isWordCode(c));
  }

  private state(nodes: number[], atStart: boolean, prevWord: boolean): DState {
    const key = `${atStart ? 1 : 0}${prevWord ? 1 : 0}:${nodes.join(',')}`;
    const known = this.states.get(key);
    if (known) return known;
    const state: DState = { nodes, atStart, prevWord, next: new Map() };
    if (this.states.size < MAX_DFA_STATES) this.states.set(key, state);
    return state;
  }
}

/**
 * A RegExp whose `test` runs the linear matcher (`source` and `toString` are the pattern's, for
 * listings). Its other methods (exec, match, replace) are RegExp's own: use `test`.
 */
export class LinearRegExp extends RegExp {
  readonly matcher: LinearMatcher;

  constructor(source: string) {
    super(source); // a SyntaxError here names what is wrong, as JavaScript says it
    this.matcher = new LinearMatcher(source);
  }

  override test(input: string): boolean {
    return this.matcher.test(String(input));
  }
}
