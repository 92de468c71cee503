import type { IDataObject } from 'n8n-workflow';

import type { QueryValue } from '../shared/transport/request';

/** What the trigger knows when it names a change. */
export interface ChangeContext {
	/** Not emitted before and created since the previous poll's window. */
	isNew: boolean;
	/** Changes before this instant were handled by earlier polls (ms since epoch, Factorial's clock). */
	sinceMs: number;
	/** The change time of this record's version already emitted, if that was recent. */
	previousMs?: number;
}

/**
 * A record the trigger can watch, described by what Factorial's list endpoint offers
 * (list-filters-2026-10-01.json, objects-2026-10-01.json): no filter or field here is assumed.
 */
export interface WatchedRecord {
	value: string;
	name: string;
	description: string;
	/** The list endpoint below /api/{version}/resources/. */
	path: string;
	idField: string;
	/** The field whose value moves when the record changes (Factorial's clock). */
	changeField: (record: IDataObject) => string | undefined;
	createdField?: string;
	/** Sent on every read. */
	query?: Record<string, QueryValue>;
	/** The server-side filter narrowing a read to changes since `fromMs`, where Factorial has one. */
	since?: (fromMs: number) => Record<string, QueryValue>;
	/** For Fetch Test Event, where reading everything would be too much. */
	recent?: (nowMs: number) => Record<string, QueryValue>;
	whatHappened: (record: IDataObject, change: ChangeContext) => string;
}

const DAY_MS = 24 * 60 * 60_000;

/** A date filter reads whole days in a timezone Factorial does not name: a day earlier covers any. */
const dayBefore = (ms: number): string => new Date(ms - DAY_MS).toISOString().slice(0, 10);

const field =
	(name: string) =>
	(record: IDataObject): string | undefined =>
		typeof record[name] === 'string' ? (record[name] as string) : undefined;

const at = (value: unknown): number => (typeof value === 'string' ? Date.parse(value) : NaN);

/** The later of several timestamps, for records whose change shows in more than one field. */
const latest =
	(...names: string[]) =>
	(record: IDataObject): string | undefined => {
		const values = names.map((name) => field(name)(record)).filter((v): v is string => v !== undefined);
		return values.sort((a, b) => at(b) - at(a))[0];
	};

const createdOrUpdated = (_record: IDataObject, { isNew }: ChangeContext) => (isNew ? 'created' : 'updated');

export const WATCHED_RECORDS: WatchedRecord[] = [
	{
		value: 'employees',
		name: 'Employees',
		description: 'New and changed employees, terminations included',
		path: 'employees/employees',
		idField: 'id',
		changeField: field('updated_at'),
		createdField: 'created_at',
		// "Only the date is considered"
		since: (fromMs) => ({ updated_at_gteq: dayBefore(fromMs) }),
		// The object keeps no termination time, only its date: a change that leaves a termination date
		// no more than a week before the change (HR records leavers late) reads as the termination.
		whatHappened: (record, { isNew }) => {
			if (isNew) return 'created';
			const lastDay = field('terminated_on')(record);
			const changed = at(record.updated_at);
			return lastDay !== undefined && lastDay >= dayBefore(changed - 6 * DAY_MS) ? 'terminated' : 'updated';
		},
	},
	{
		value: 'leaves',
		name: 'Leaves',
		description: 'New, changed, approved, rejected and deleted time off',
		path: 'timeoff/leaves',
		idField: 'id',
		changeField: field('updated_at'),
		createdField: 'created_at',
		// Deleted leaves are listed only on request, and a deletion is a change worth seeing.
		query: { include_deleted_leaves: true },
		whatHappened: (record, { isNew }) => {
			if (record.deleted_at) return 'deleted';
			if (isNew) return 'created';
			if (record.approved === true) return 'approved';
			if (record.approved === false) return 'rejected';
			return 'updated';
		},
	},
	{
		value: 'shifts',
		name: 'Shifts',
		description: 'Clock-ins, clock-outs and breaks (attendance shifts)',
		path: 'attendance/shifts',
		idField: 'id',
		changeField: field('updated_at'),
		createdField: 'created_at',
		// Shifts of the last days only: clocking in or out touches today's (or a night shift's
		// yesterday's) shift. The `updated_at` filter is not used: its docs do not say whether it
		// means "on" or "since" that date.
		since: (fromMs) => ({ start_on: dayBefore(fromMs - DAY_MS) }),
		recent: (nowMs) => ({ start_on: dayBefore(nowMs - 30 * DAY_MS) }),
		// A break is a shift row that does not count as worked time.
		whatHappened: (record, { isNew }) => {
			const closed = Boolean(record.clock_out);
			if (record.workable === false) return closed ? 'break_ended' : 'break_started';
			if (isNew) return closed ? 'created' : 'clocked_in';
			return closed ? 'clocked_out' : 'updated';
		},
	},
	{
		value: 'documents',
		name: 'Documents',
		description: 'New and changed documents (outside the trash)',
		path: 'documents/documents',
		idField: 'id',
		changeField: field('updated_at'),
		createdField: 'created_at',
		whatHappened: createdOrUpdated,
	},
	{
		value: 'candidates',
		name: 'Candidates',
		description: 'New and changed recruiting candidates',
		path: 'ats/candidates',
		idField: 'id',
		changeField: field('updated_at'),
		createdField: 'created_at',
		whatHappened: createdOrUpdated,
	},
	{
		value: 'applications',
		name: 'Applications',
		description: 'New applications to job postings (Factorial keeps no update time for them)',
		path: 'ats/applications',
		idField: 'id',
		changeField: field('created_at'),
		createdField: 'created_at',
		whatHappened: () => 'created',
	},
	{
		value: 'jobPostings',
		name: 'Job Postings',
		description: 'New and newly published job postings',
		path: 'ats/job_postings',
		idField: 'id',
		changeField: latest('created_at', 'published_at'),
		createdField: 'created_at',
		whatHappened: (_record, { isNew }) => (isNew ? 'created' : 'published'),
	},
	{
		value: 'tasks',
		name: 'Tasks',
		description: 'New, changed and completed tasks',
		path: 'tasks/tasks',
		idField: 'id',
		changeField: field('updated_at'),
		createdField: 'created_at',
		whatHappened: (record, { isNew, sinceMs, previousMs }) => {
			if (isNew) return 'created';
			const completed = at(record.completed_at);
			// Completed since the last poll, and not already in the version emitted before.
			return completed >= sinceMs && !(previousMs !== undefined && completed <= previousMs) ? 'completed' : 'updated';
		},
	},
	{
		value: 'contractVersions',
		name: 'Contract Versions',
		description: 'New and changed contract versions (salary, job title, working time)',
		path: 'contracts/contract_versions',
		idField: 'id',
		changeField: field('updated_at'),
		createdField: 'created_at',
		since: (fromMs) => ({ updated_at_gteq: new Date(fromMs).toISOString() }),
		whatHappened: createdOrUpdated,
	},
];
