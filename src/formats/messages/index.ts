export type { Catalogue, Locale, Localized, Message, MessageCode, MessageFormat, MessageParams } from './message.js';
export { isMessage, LOCALES, message } from './message.js';
export type { Headers, OtherIssue, OwnedSubject, PathProblem, ReferenceKind } from './messages-en.js';
export { pathProblems } from './messages-en.js';
export { EN } from './messages-en.js';
export { NL } from './messages-nl.js';
export { messageFormat, problemTitle, renderMessage, textIn } from './render-message.js';
