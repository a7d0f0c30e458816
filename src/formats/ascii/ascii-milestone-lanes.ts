/** A milestone marker to place: its column and the texts written beneath it. */
export interface MarkerInput {
  readonly column: number;
  /** `[FUNDAMENT]` */
  readonly label: string;
  /** `M3` */
  readonly id: string;
}

/** Where a marker's texts went: lane 0 sits right under the ▼ row; deeper lanes get a connector. */
export interface PlacedMarker extends MarkerInput {
  readonly lane: number;
  readonly labelAt: number;
  readonly idAt: number;
}

interface Interval {
  readonly from: number;
  readonly to: number;
}

/**
 * Places milestone labels in lanes so that no two collide. Each label covers its marker's column, is
 * centred when there is room and shifted, or moved one lane down, when there is not. A label in a lane
 * does not cover the connector of a marker whose label sits deeper, nor a marker still to be placed;
 * only when that cannot be met (markers crowded at the left edge) is the rule relaxed, and the
 * connector is then drawn only through empty cells.
 */
export function placeMarkers(markers: readonly MarkerInput[], minColumn: number): PlacedMarker[] {
  const lanes: Interval[][] = [];
  const connectors: { column: number; lane: number }[] = [];
  const placed: PlacedMarker[] = [];
  const sorted = [...markers].sort((a, b) => a.column - b.column);
  for (const [i, marker] of sorted.entries()) {
    const pending = sorted.slice(i + 1).map((m) => m.column);
    const result = fit(marker, pending, lanes, connectors, minColumn);
    (lanes[result.lane] ??= []).push(result.span);
    if (result.lane > 0) connectors.push({ column: marker.column, lane: result.lane });
    placed.push({ ...marker, lane: result.lane, labelAt: result.labelAt, idAt: result.idAt });
  }
  return placed;
}

function fit(marker: MarkerInput, pending: readonly number[], lanes: readonly Interval[][], connectors: readonly { column: number; lane: number }[], minColumn: number) {
  const width = length(marker.label);
  const idWidth = length(marker.id);
  const centred = marker.column - Math.floor((width - 1) / 2);
  const candidates = [centred];
  for (let d = 1; d < width; d++) candidates.push(centred + d, centred - d);
  const outside = (column: number, span: Interval, gap: number) => column < span.from - gap || column > span.to + gap;
  for (const strict of [true, false]) {
    for (let lane = 0; lane <= lanes.length; lane++) {
      // The connector down to this lane passes through every lane above it.
      if (strict && !lanes.slice(0, lane).every((spans) => spans.every((s) => outside(marker.column, s, 1)))) continue;
      for (const labelAt of candidates) {
        if (labelAt < minColumn || labelAt > marker.column || labelAt + width - 1 < marker.column) continue;
        const idAt = Math.max(minColumn, Math.min(marker.column - Math.ceil((idWidth - 1) / 2), labelAt + Math.max(0, width - idWidth)));
        const span = { from: Math.min(labelAt, idAt), to: Math.max(labelAt + width, idAt + idWidth) - 1 };
        const free = (lanes[lane] ?? []).every((s) => span.to < s.from - 1 || span.from > s.to + 1);
        const clearOfConnectors = connectors.every((c) => c.lane <= lane || outside(c.column, span, 0));
        const clearOfPending = !strict || pending.every((column) => outside(column, span, 1));
        if (free && clearOfConnectors && clearOfPending) return { lane, labelAt, idAt, span };
      }
    }
  }
  // Unreachable: a fresh lane below all others always takes the label.
  throw new Error(`no place for milestone ${marker.id}`);
}

/** Length in code points, which is what one monospaced cell holds for the scripts we write. */
export const length = (text: string): number => Array.from(text).length;
