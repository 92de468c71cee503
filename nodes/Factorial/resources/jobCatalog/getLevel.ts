import { getById } from '../../engine/commonOperations';
import { jobLevelId } from './fields';

export const getLevel = { ...getById({ noun: 'job level', path: 'job_catalog/levels/{id}', id: jobLevelId }), name: 'getLevel', displayName: 'Get Level' };
