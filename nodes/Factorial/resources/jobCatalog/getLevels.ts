import type { OperationSpec } from '../../engine/types';
import { roleIds } from './fields';

export const getLevels: OperationSpec = {
	name: 'getLevels',
	displayName: 'Get Many Levels',
	action: 'Get many job levels',
	description: 'List the levels of the job catalog\'s roles, page by page',
	method: 'GET',
	path: 'job_catalog/levels',
	list: true,
	optional: { name: 'filters', displayName: 'Filters', fields: [{ wire: 'ids', displayName: 'Level IDs', kind: 'list', each: 'id' }, roleIds] },
};
