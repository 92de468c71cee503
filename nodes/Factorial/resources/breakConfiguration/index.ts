import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const breakConfiguration: ResourceSpec = {
	name: 'breakConfiguration',
	displayName: 'Break Configuration',
	description: 'Kinds of break (lunch, rest...), paid or unpaid',
	operations: [get, getAll, create, update],
};
