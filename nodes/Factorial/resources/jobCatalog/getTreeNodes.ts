import type { OperationSpec } from '../../engine/types';
import { nodeType } from './fields';

export const getTreeNodes: OperationSpec = {
	name: 'getTreeNodes',
	displayName: 'Get Many Tree Nodes',
	action: 'Get many job catalog tree nodes',
	description: 'List the job catalog tree (families, functions, roles, levels) one node type at a time',
	method: 'GET',
	path: 'job_catalog/tree_nodes',
	list: true,
	fields: [{ ...nodeType, in: 'query' }],
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'uuids', displayName: 'Node UUIDs', kind: 'list' },
			{ wire: 'ancestor_uuids', displayName: 'Ancestor UUIDs', kind: 'list', description: 'Only nodes below any of these nodes (comma-separated)' },
			{ wire: 'include_full_path', displayName: 'Include Full Path', kind: 'boolean', default: false, description: 'Whether to add each node\'s path up to the root' },
		],
	},
};
