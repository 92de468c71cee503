import type { ResourceSpec } from '../../engine/types';
import { add } from './add';
import { deleteOperation } from './delete';
import { getAll } from './getAll';

export const reviewOwner: ResourceSpec = {
	name: 'reviewOwner',
	displayName: 'Review Owner',
	description: 'Employees who manage a review process',
	operations: [getAll, add, deleteOperation],
};
