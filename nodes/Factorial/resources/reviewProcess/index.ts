import type { ResourceSpec } from '../../engine/types';
import { remind, reopen, start, stop, toggleArchive } from './actions';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';

export const reviewProcess: ResourceSpec = {
	name: 'reviewProcess',
	displayName: 'Review Process',
	description: 'Performance reviews: set up, start, stop, remind, archive',
	operations: [get, getAll, create, start, remind, stop, reopen, toggleArchive, deleteOperation],
};
