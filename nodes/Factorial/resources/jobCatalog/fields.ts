import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const jobRoleId = recordId('jobRoleId', 'Role ID');
export const jobLevelId = recordId('jobLevelId', 'Level ID');
export const roleIds: FieldSpec = { wire: 'role_ids', displayName: 'Role IDs', kind: 'list', each: 'id' };

// Factorial's node types, as its catalog lists them for the node_type filter.
export const nodeType: FieldSpec = {
	wire: 'node_type',
	displayName: 'Node Type',
	kind: 'options',
	required: true,
	default: 'jobcatalog_treerole',
	options: [
		{ name: 'Root', value: 'jobcatalog_treeroot' },
		{ name: 'Family', value: 'jobcatalog_treefamily' },
		{ name: 'Function', value: 'jobcatalog_treefunction' },
		{ name: 'Role', value: 'jobcatalog_treerole' },
		{ name: 'Level', value: 'jobcatalog_treelevel' },
	],
	description: 'Which level of the job catalog tree to list',
};
