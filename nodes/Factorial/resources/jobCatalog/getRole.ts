import { getById } from '../../engine/commonOperations';
import { jobRoleId } from './fields';

export const getRole = { ...getById({ noun: 'job role', path: 'job_catalog/roles/{id}', id: jobRoleId }), name: 'getRole', displayName: 'Get Role' };
