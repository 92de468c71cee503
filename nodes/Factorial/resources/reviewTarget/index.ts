import type { ResourceSpec } from '../../engine/types';
import { add } from './add';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { getEstimated } from './getEstimated';
import { getManager, getManagers } from './getManagers';
import { addPeers, removePeerEvaluations } from './peers';

export const reviewTarget: ResourceSpec = {
	name: 'reviewTarget',
	displayName: 'Review Participant',
	description: 'The employees reviewed in a review process, and their managers',
	operations: [get, getAll, add, addPeers, removePeerEvaluations, deleteOperation, getEstimated, getManagers, getManager],
};
