import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many contract versions',
	description: 'List contract versions, page by page',
	method: 'GET',
	path: 'contracts/contract_versions',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Contract Version IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ wire: 'date', displayName: 'Effective On or Before', kind: 'date', description: 'Only versions whose effective date is on or before this day' },
			{ wire: 'job_catalog_tree_node_uuids', displayName: 'Job Catalog Level UUIDs', kind: 'list', each: 'id', description: 'Only versions at these job catalog levels (level node UUIDs), comma-separated' },
			{ wire: 'updated_at_gteq', displayName: 'Updated Since', kind: 'dateTime', description: 'Only versions changed at or after this time' },
			{ wire: 'updated_at_lteq', displayName: 'Updated Until', kind: 'dateTime', description: 'Only versions changed at or before this time' },
		],
	},
};
