import type { MarkdownIt, StateInline } from 'markdown-it';
import { mentionAt } from '../../mind';

/*
 * Mind's group mentions in markdown: `<at user_id="…">Name</at>`, exactly as the model
 * accepts it, is shown as the client shows it, a highlighted `@Name`. Anything else that
 * looks like a tag stays text (raw HTML is off).
 */
function mentionRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3c /* < */) return false;
  const mention = mentionAt(state.src, state.pos);
  if (!mention || state.pos + mention.length > state.posMax) return false;
  if (!silent) {
    const token = state.push('mind_mention', 'span', 0);
    token.content = mention.name;
  }
  state.pos += mention.length;
  return true;
}

/** markdown-it plugin: `<at>` mentions as `<span class="mp-mention">@Name</span>`. */
export function mindMentions(md: MarkdownIt): void {
  md.inline.ruler.before('autolink', 'mind_mention', mentionRule);
  md.renderer.rules.mind_mention = (tokens, index) =>
    `<span class="mp-mention">@${md.utils.escapeHtml(tokens[index]?.content ?? '')}</span>`;
}
