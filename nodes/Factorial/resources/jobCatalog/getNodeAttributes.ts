import type { OperationSpec } from '../../engine/types';

export const getNodeAttributes: OperationSpec = {
	name: 'getNodeAttributes',
	displayName: 'Get Node Attributes',
	action: 'Get the attributes of a job catalog node',
	description: 'Read a tree node\'s working conditions, competencies, salary ranges or IT equipment',
	method: 'GET',
	path: 'job_catalog/node_attributes',
	list: true,
	fields: [
		{ wire: 'node_uuid', displayName: 'Node UUID', kind: 'string', required: true, in: 'query', description: 'The tree node, from Get Many Tree Nodes' },
		// Named as a list by Factorial, but its catalog types it as one value of these four.
		{
			wire: 'attribute_types',
			displayName: 'Attribute Type',
			kind: 'list',
			required: true,
			in: 'query',
			placeholder: 'e.g. competency',
			description: 'One of: working_conditions, competency, salary_range, it_management',
		},
	],
};
