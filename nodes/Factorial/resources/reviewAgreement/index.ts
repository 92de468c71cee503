import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';
import { initiate } from './initiate';
import { initiateAll } from './initiateAll';

export const reviewAgreement: ResourceSpec = {
	name: 'reviewAgreement',
	displayName: 'Review Action Plan',
	description: 'Action plans (agreements) agreed in performance reviews',
	operations: [get, getAll, initiate, initiateAll],
};
