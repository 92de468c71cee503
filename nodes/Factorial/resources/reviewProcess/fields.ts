import { recordId } from '../../engine/commonFields';
import type { EndpointOperationSpec, FieldSpec } from '../../engine/types';

export const reviewProcessId = recordId('reviewProcessId', 'Review Process ID');

export const strategies = [
	{ name: 'Direct Reports', value: 'direct_reports' },
	{ name: 'Manager', value: 'manager' },
	{ name: 'Peers', value: 'peers' },
	{ name: 'Self', value: 'self' },
];

export const endsAt: FieldSpec = { wire: 'ends_at', displayName: 'Deadline', kind: 'date' };

/** A POST action on one review process, named by its id in the body (start, stop, archive). */
export function processAction(name: string, path: string, displayName: string, action: string, description: string, fields: FieldSpec[] = []): EndpointOperationSpec {
	return { name, displayName, action, description, method: 'POST', path: `performance/review_processes/${path}`, fields: [reviewProcessId, ...fields] };
}
