import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/** How long a browser test waits for the dashboard to catch up before it fails. */
const WAIT = { timeout: 10_000 } as const;

/** Polls the first match's text; chain a matcher: `await text(l).toBe('…')`. */
export const text = (l: Locator) => expect.poll(() => l.first().textContent(), WAIT);
/** Polls an input's value. */
export const value = (l: Locator) => expect.poll(() => l.inputValue(), WAIT);
/** Polls how many elements match. */
export const count = (l: Locator) => expect.poll(() => l.count(), WAIT);
/** Polls an attribute of the first match. */
export const attribute = (l: Locator, name: string) => expect.poll(() => l.first().getAttribute(name), WAIT);
/** Polls whether the element has the keyboard focus. */
export const focused = (l: Locator) => expect.poll(() => l.evaluate((el) => el === document.activeElement), WAIT);
/** Waits until the first match is shown. */
export const visible = (l: Locator) => l.first().waitFor({ state: 'visible', ...WAIT });
/** Waits until the first match is gone or hidden. */
export const hidden = (l: Locator) => l.first().waitFor({ state: 'hidden', ...WAIT });
