import type { ResourceSpec } from '../../engine/types';
import { bulkCreate } from './bulkCreate';
import { bulkDelete } from './bulkDelete';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';

export const plannedShift: ResourceSpec = {
	name: 'plannedShift',
	displayName: 'Planned Shift',
	description: 'Shifts planned in Shift Management (rotas), before anyone clocks',
	operations: [get, getAll, create, bulkCreate, deleteOperation, bulkDelete],
};
