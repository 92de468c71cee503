import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { pages } from '../shared/transport/paginate';
import type { WatchedRecord } from './watched';
import { WatermarkRound } from './watermark';
import type { WatermarkState } from './watermark';

/** How many records Fetch Test Event shows. */
export const SAMPLE_SIZE = 5;

const idOf = (watched: WatchedRecord, record: IDataObject): string => String(record[watched.idField]);

const createdOf = (watched: WatchedRecord, record: IDataObject): string | undefined => {
	const value = watched.createdField ? record[watched.createdField] : undefined;
	return typeof value === 'string' ? value : undefined;
};

const item = (record: IDataObject, change: string): INodeExecutionData => ({ json: { ...record, change } });

function storedState(staticData: IDataObject): WatermarkState | undefined {
	const { watch, watermark, seen, floor } = staticData;
	if (typeof watch !== 'string' || typeof watermark !== 'string') return undefined;
	return {
		watch,
		watermark,
		seen: typeof seen === 'object' && seen !== null ? (seen as Record<string, string>) : {},
		...(typeof floor === 'string' ? { floor } : {}),
	};
}

function store(staticData: IDataObject, state: WatermarkState): void {
	staticData.watch = state.watch;
	staticData.watermark = state.watermark;
	staticData.seen = state.seen;
	if (state.floor !== undefined) staticData.floor = state.floor;
	else delete staticData.floor;
}

/**
 * One poll: reads the records changed since the stored watermark (page by page, each page dropped
 * once looked at), returns one item per change, and moves the watermark. Static data is written
 * only when the state changes, and n8n saves it with the execution the items start, so a poll that
 * fails or whose items are not taken leaves the watermark where it was.
 */
export async function pollChanges(
	context: IPollFunctions,
	watched: WatchedRecord,
	nowMs: number,
	{ fromNow }: { fromNow: boolean },
): Promise<INodeExecutionData[]> {
	const staticData = context.getWorkflowStaticData('node');
	const round = new WatermarkRound(watched.value, fromNow ? undefined : storedState(staticData), nowMs);
	const query = { ...watched.query, ...watched.since?.(round.lowerBound) };
	const items: INodeExecutionData[] = [];
	for await (const page of pages(context, { method: 'GET', path: watched.path, query })) {
		for (const record of page) {
			const verdict = round.consider(idOf(watched, record), watched.changeField(record), createdOf(watched, record));
			if (verdict.emit) {
				items.push(item(record, watched.whatHappened(record, { isNew: verdict.isNew, sinceMs: round.lowerBound, previousMs: verdict.previousMs })));
			}
		}
	}
	const next = round.finish();
	const previous = storedState(staticData);
	if (JSON.stringify(previous) !== JSON.stringify(next)) store(staticData, next);
	return items;
}

/**
 * Fetch Test Event: the few most recently changed records, so fields can be mapped; the watermark is
 * neither read nor moved. Only the best few are held while the list is read.
 */
export async function recentChanges(context: IPollFunctions, watched: WatchedRecord, nowMs: number): Promise<INodeExecutionData[]> {
	const query = { ...watched.query, ...watched.recent?.(nowMs) };
	let best: Array<{ at: number; record: IDataObject }> = [];
	for await (const page of pages(context, { method: 'GET', path: watched.path, query })) {
		for (const record of page) {
			const at = Date.parse(watched.changeField(record) ?? '');
			if (!Number.isFinite(at)) continue;
			if (best.length === SAMPLE_SIZE && at <= best[best.length - 1].at) continue;
			best = [...best, { at, record }].sort((a, b) => b.at - a.at).slice(0, SAMPLE_SIZE);
		}
	}
	return best.map(({ at, record }) => {
		const created = Date.parse(createdOf(watched, record) ?? '');
		// Without a previous poll, "new" can only mean never changed since it was created.
		return item(record, watched.whatHappened(record, { isNew: created === at, sinceMs: at }));
	});
}
