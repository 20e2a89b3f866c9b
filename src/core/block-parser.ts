// markdown-it's block parser, configured once for the document model (./document).
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: true });
// Rules need source offsets, which inline tokens do not carry: inline markup is scanned by ./inline.
md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

export type Token = ReturnType<typeof md.parse>[number];
type TokenNesting = -1 | 0 | 1;

// Performance (see bench/README.md): markdown-it's published build sets each of a token's 13
// fields through a transpiled `_defineProperty` helper, which made token construction the
// largest single cost of a parse. This token class has the same fields, set plainly, and
// inherits Token's methods; the block state below builds it instead. Tokens are otherwise
// markdown-it's own and every block rule runs unchanged.
const MdToken = new md.block.State('', md, {}, []).Token;
class FastToken {
  type: string;
  tag: string;
  attrs: Token['attrs'] = null;
  map: Token['map'] = null;
  nesting: TokenNesting;
  level = 0;
  children: Token[] | null = null;
  content = '';
  markup = '';
  info = '';
  meta: Token['meta'] = null;
  block = false;
  hidden = false;
  constructor(type: string, tag: string, nesting: TokenNesting) {
    this.type = type;
    this.tag = tag;
    this.nesting = nesting;
  }
}
Object.setPrototypeOf(FastToken.prototype, MdToken.prototype);
class FastBlockState extends md.block.State {
  override push(type: string, tag: string, nesting: TokenNesting): Token {
    const token = new FastToken(type, tag, nesting) as unknown as Token;
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
}
md.block.State = FastBlockState as unknown as typeof md.block.State;

/**
 * The block tokens of `src`, as `md.parse` gives them with the inline rules off: the core
 * chain is then only `normalize` (line breaks to \n, NUL to U+FFFD) and `block`, run here
 * directly, normalising only when there is something to normalise.
 */
export function parseBlocks(src: string, env: Record<string, unknown>): Token[] {
  let s = src;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (s.indexOf('\0') >= 0) s = s.replace(/\0/g, '\uFFFD');
  const tokens: Token[] = [];
  md.block.parse(s, md, env, tokens);
  return tokens;
}
