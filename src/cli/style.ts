import { styleText } from 'node:util';

type Style = Parameters<typeof styleText>[0];

/** Colours only on a terminal, and never with NO_COLOR set. */
export function paint(stream: NodeJS.WriteStream): (style: Style, text: string) => string {
  const on = stream.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  return (style, text) => (on ? styleText(style, text) : text);
}
