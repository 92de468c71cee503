import type { ResourceSpec } from '../../engine/types';
import { getLevel } from './getLevel';
import { getLevels } from './getLevels';
import { getNodeAttributes } from './getNodeAttributes';
import { getRole } from './getRole';
import { getRoles } from './getRoles';
import { getTreeNodes } from './getTreeNodes';

export const jobCatalog: ResourceSpec = {
	name: 'jobCatalog',
	displayName: 'Job Catalog',
	description: 'The company\'s job roles and levels, and the tree they belong to (read only)',
	operations: [getRoles, getRole, getLevels, getLevel, getTreeNodes, getNodeAttributes],
};
