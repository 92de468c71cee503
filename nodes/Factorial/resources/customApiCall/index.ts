import type { ResourceSpec } from '../../engine/types';
import { call } from './call';

export const customApiCall: ResourceSpec = {
	value: 'customApiCall',
	name: 'Custom API Call',
	description: 'Any of Factorial\'s other endpoints',
	operations: [call],
};
