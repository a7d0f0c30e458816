import type { Programme } from '../../../src/model/programme.js';
import type { ProgrammeStatus } from '../../../src/steer/status-types.js';
import { useProgramme } from '../app/programme-context.js';
import { routes } from './routes.js';
import { useResource } from './use-resource.js';
import type { Resource } from './use-resource.js';

/** The programme's status on the dashboard's as-of date. */
export function useStatus() {
  const { id, asOf } = useProgramme();
  return useResource<ProgrammeStatus>(routes.status(id, asOf));
}

/** The validated programme model (plan, KPIs, benefits …). */
export function useModel() {
  const { id } = useProgramme();
  const { state, reload } = useResource<{ readonly plan: Programme; readonly version: number }>(routes.programme(id));
  const model: Resource<Programme> = state.kind === 'ready' ? { kind: 'ready', data: state.data.plan, etag: state.etag } : state;
  return { state: model, reload };
}

/** A record as the server keeps it: the model record plus its id, version and authorship. */
export interface StoredRecord<R> {
  readonly id: string;
  readonly kind: string;
  readonly record: R;
  /** The record's version; its ETag is "r<version>". */
  readonly version: number;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** A page of a list. */
export interface ListPage<T> {
  readonly items: readonly T[];
  readonly next: string | null;
}

/** Every record of one kind (the server's page limit is large enough for a programme's records). */
export function useRecords<R>(kind: string) {
  const { id } = useProgramme();
  return useResource<ListPage<StoredRecord<R>>>(routes.records(id, kind, 'limit=500'));
}
