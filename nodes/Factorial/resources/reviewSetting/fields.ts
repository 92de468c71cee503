import { getById } from '../../engine/commonOperations';
import { recordId } from '../../engine/commonFields';
import type { EndpointOperationSpec, FieldSpec } from '../../engine/types';

export const processIds: FieldSpec = { wire: 'performance_review_process_ids', displayName: 'Review Process IDs', kind: 'list', each: 'id' };

/** The two reads of a read-only list of settings: Get Many (by ids) and Get. */
export function settingReads(path: string, names: { many: string; one: string; plural: string; singular: string }): [EndpointOperationSpec, EndpointOperationSpec] {
	const id = recordId(`${names.one[0].toLowerCase()}${names.one.slice(1)}Id`, `${names.singular} ID`);
	return [
		{
			name: `get${names.many}`,
			displayName: `Get Many ${names.plural}`,
			action: `Get many ${names.plural.toLowerCase()}`,
			description: `List ${names.plural.toLowerCase()}, page by page`,
			method: 'GET',
			path,
			list: true,
			optional: { name: 'filters', displayName: 'Filters', fields: [{ wire: 'ids', displayName: `${names.singular} IDs`, kind: 'list', each: 'id' }] },
		},
		{ ...getById({ noun: names.singular.toLowerCase(), path: `${path}/{id}`, id }), name: `get${names.one}`, displayName: `Get ${names.singular}` },
	];
}
