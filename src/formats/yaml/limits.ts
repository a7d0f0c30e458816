/** Larger files are refused before parsing: a real programme file is far below this. */
export const MAX_PROGRAMME_BYTES = 4 * 1024 * 1024;
