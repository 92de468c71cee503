import type { ResourceSpec } from '../../engine/types';
import { call } from './call';

export const anyEndpoint: ResourceSpec = {
	name: 'anyEndpoint',
	displayName: 'Any Endpoint',
	description: 'Every other Factorial endpoint, picked from the catalog, with typed parameters',
	operations: [call],
};
