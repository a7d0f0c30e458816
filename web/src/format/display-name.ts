/** `IMPLEMENTATIE` → `Implementatie`; names written in mixed case stay as written (as the SVG roadmap does). */
export function displayName(name: string): string {
  return name === name.toLocaleUpperCase('nl') ? name.charAt(0) + name.slice(1).toLocaleLowerCase('nl') : name;
}
