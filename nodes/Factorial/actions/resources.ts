import { customApiCall } from './customApiCall';
import { employee } from './employee';
import type { ResourceSpec } from './types';

// Every resource the node offers; adding one here is all the router and the description need.
export const resources: ResourceSpec[] = [employee, customApiCall];
