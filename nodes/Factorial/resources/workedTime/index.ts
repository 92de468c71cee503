import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';
import { getExpected } from './getExpected';

export const workedTime: ResourceSpec = {
	name: 'workedTime',
	displayName: 'Worked Time',
	description: 'Time worked per employee and day (attendance), and the time expected',
	operations: [get, getAll, getExpected],
};
