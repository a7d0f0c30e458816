/** Set by the build from package.json. */
declare const KOERS_VERSION: string | undefined;

/** The version `koers --version` prints; sources run unbuilt (tests) are the development version. */
export const VERSION = typeof KOERS_VERSION === 'string' ? KOERS_VERSION : '0.0.0-development';
