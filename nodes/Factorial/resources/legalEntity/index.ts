import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';

export const legalEntity: ResourceSpec = {
	name: 'legalEntity',
	displayName: 'Legal Entity',
	description: 'The registered companies an employer operates through',
	operations: [get, getAll, create],
};
