import type { ResourceSpec } from '../../engine/types';
import { call } from './call';

export const anyEndpoint: ResourceSpec = {
	value: 'anyEndpoint',
	name: 'Any Endpoint',
	description: 'Every other Factorial endpoint, picked from the catalog, with typed parameters',
	operations: [call],
};
