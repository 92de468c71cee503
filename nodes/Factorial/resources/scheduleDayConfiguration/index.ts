import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';
import { save } from './save';

export const scheduleDayConfiguration: ResourceSpec = {
	name: 'scheduleDayConfiguration',
	displayName: 'Schedule Day',
	description: 'The hours of each weekday in a work schedule period (Factorial\'s day configurations)',
	operations: [get, getAll, save],
};
