/**
 * `<option>`s grouped per domain in the plan's order, for selects of KPIs or efforts; domains without
 * items are left out.
 */
export function DomainOptions<T extends { readonly id: string; readonly domain: string }>({ domains, items, label }: {
  readonly domains: readonly { readonly id: string; readonly name: string }[];
  readonly items: readonly T[];
  readonly label: (item: T) => string;
}) {
  return (
    <>
      {domains.map((d) => {
        const inDomain = items.filter((item) => item.domain === d.id);
        return inDomain.length ? (
          <optgroup key={d.id} label={d.name}>
            {inDomain.map((item) => <option key={item.id} value={item.id}>{label(item)}</option>)}
          </optgroup>
        ) : null;
      })}
    </>
  );
}
