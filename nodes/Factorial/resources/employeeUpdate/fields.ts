import { recordId } from '../../engine/commonFields';
import type { EndpointOperationSpec, FieldSpec } from '../../engine/types';

export const employeeUpdateId = recordId('employeeUpdateId', 'Update ID');
const ids: FieldSpec = { wire: 'ids', displayName: 'Update IDs', kind: 'list', each: 'id' };

/**
 * Each kind of employee update is a read-only feed below employee_updates/ with the same two reads:
 * a list (filtered by id, or by more where Factorial allows) and one record.
 */
export function feed(
	kind: { path: string; one: string; many: string; singular: string; plural: string; what: string },
	filters: FieldSpec[] = [],
): [EndpointOperationSpec, EndpointOperationSpec] {
	return [
		{
			name: `get${kind.many}`,
			displayName: `Get Many ${kind.plural}`,
			action: `Get many ${kind.plural.toLowerCase()}`,
			description: `List ${kind.what}, page by page`,
			method: 'GET',
			path: `employee_updates/${kind.path}`,
			list: true,
			optional: { name: 'filters', displayName: 'Filters', fields: [ids, ...filters] },
		},
		{
			name: `get${kind.one}`,
			displayName: `Get ${kind.singular}`,
			action: `Get ${/^[aeiou]/i.test(kind.singular) ? 'an' : 'a'} ${kind.singular.toLowerCase()}`,
			description: `Retrieve one ${kind.singular.toLowerCase()} by its ID`,
			method: 'GET',
			path: `employee_updates/${kind.path}/{id}`,
			fields: [{ ...employeeUpdateId, in: 'path' }],
		},
	];
}
