import { getById } from '../../engine/commonOperations';
import { recordId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';

export const getManagers: OperationSpec = {
	name: 'getManagers',
	displayName: 'Get Many Managers',
	action: 'Get the managers of a review process\'s participants',
	description: 'List the managers who review participants of one review process',
	method: 'GET',
	path: 'performance/target_managers',
	list: true,
	fields: [
		// Named as a list by Factorial, which takes one process here.
		{ wire: 'performance_review_process_ids', displayName: 'Review Process ID', kind: 'list', each: 'id', required: true, in: 'query', description: 'One review process ID' },
	],
	optional: { name: 'filters', displayName: 'Filters', fields: [{ wire: 'ids', displayName: 'Target Manager IDs', kind: 'list', each: 'id' }] },
};

export const getManager: OperationSpec = {
	...getById({ noun: 'review participant\'s manager', path: 'performance/target_managers/{id}', id: recordId('targetManagerId', 'Target Manager ID') }),
	name: 'getManager',
	displayName: 'Get Manager',
};
