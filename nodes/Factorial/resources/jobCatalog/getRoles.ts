import type { OperationSpec } from '../../engine/types';

export const getRoles: OperationSpec = {
	name: 'getRoles',
	displayName: 'Get Many Roles',
	action: 'Get many job roles',
	description: 'List the roles of the job catalog, page by page',
	method: 'GET',
	path: 'job_catalog/roles',
	list: true,
	optional: { name: 'filters', displayName: 'Filters', fields: [{ wire: 'ids', displayName: 'Role IDs', kind: 'list', each: 'id' }] },
};
