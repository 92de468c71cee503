import type { ResourceSpec } from '../../engine/types';
import { call } from './call';

export const customApiCall: ResourceSpec = {
	name: 'customApiCall',
	displayName: 'Custom API Call',
	description: 'Any of Factorial\'s other endpoints',
	operations: [call],
};
