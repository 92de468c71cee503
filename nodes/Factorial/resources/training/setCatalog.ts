import type { OperationSpec } from '../../engine/types';
import { trainingIds } from './fields';

export const setCatalog: OperationSpec = {
	name: 'setCatalog',
	displayName: 'Show in Catalog',
	action: 'Show or hide trainings in the catalog',
	description: 'Show several trainings in the catalog employees browse, or hide them',
	method: 'POST',
	path: 'trainings/trainings/bulk_update_catalog',
	fields: [trainingIds, { wire: 'catalog', displayName: 'In Catalog', kind: 'boolean', default: true, description: 'Whether employees see the trainings in the catalog' }],
};
