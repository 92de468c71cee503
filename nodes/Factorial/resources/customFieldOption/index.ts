import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';
import { create } from './create';

export const customFieldOption: ResourceSpec = {
	name: 'customFieldOption',
	displayName: 'Custom Field Option',
	description: 'The choices of single and multiple choice custom fields',
	operations: [get, getAll, create],
};
