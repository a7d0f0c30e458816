/**
 * Text that remembers, for every character, the source line it came from. Mermaid rewrites a chart
 * before parsing it (front matter, directives and comment lines are removed, entities are encoded);
 * replaying those rewrites on a TrackedText keeps the user's line numbers for every message.
 *
 * @example
 * const t = TrackedText.from('a\n%% note\nb').replace(/^%%[^\n]*\n/gm, () => '');
 * t.text; // 'a\nb'
 * t.lineAt(2); // 3
 */
export class TrackedText {
  private constructor(
    readonly text: string,
    private readonly lines: readonly number[],
    private readonly lastLine: number,
  ) {}

  static from(text: string): TrackedText {
    const lines: number[] = new Array<number>(text.length);
    let line = 1;
    for (let i = 0; i < text.length; i++) {
      lines[i] = line;
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
    }
    return new TrackedText(text, lines, line);
  }

  /** The source line of the character at `offset`; past the end, the last line. */
  lineAt(offset: number): number {
    return this.lines[offset] ?? this.lastLine;
  }

  /** Like `String.prototype.replace` with a global regex; replacement text takes the line of its match. */
  replace(pattern: RegExp, replacer: (match: string, ...groups: string[]) => string): TrackedText {
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    let text = '';
    const lines: number[] = [];
    let from = 0;
    for (let m = re.exec(this.text); m !== null; m = re.exec(this.text)) {
      if (m[0] === '') re.lastIndex++;
      text += this.text.slice(from, m.index);
      for (let i = from; i < m.index; i++) lines.push(this.lines[i]!);
      const replacement = replacer(m[0], ...m.slice(1).map((g) => g ?? ''));
      const line = this.lineAt(m.index);
      text += replacement;
      for (let i = 0; i < replacement.length; i++) lines.push(line);
      from = m.index + m[0].length;
    }
    text += this.text.slice(from);
    for (let i = from; i < this.text.length; i++) lines.push(this.lines[i]!);
    return new TrackedText(text, lines, this.lastLine);
  }

  /** Drops the first `count` characters. */
  dropStart(count: number): TrackedText {
    return new TrackedText(this.text.slice(count), this.lines.slice(count), this.lastLine);
  }

  /** Appends text that belongs to the last line. */
  append(suffix: string): TrackedText {
    return new TrackedText(this.text + suffix, [...this.lines, ...new Array<number>(suffix.length).fill(this.lastLine)], this.lastLine);
  }
}
