import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many compensations',
	description: 'List compensations, page by page',
	method: 'GET',
	path: 'contracts/compensations',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Compensation IDs', kind: 'list', each: 'id' },
			{ wire: 'contract_version_ids', displayName: 'Contract Version IDs', kind: 'list', each: 'id' },
		],
	},
};
