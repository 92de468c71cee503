import { getById } from '../../engine/commonOperations';
import { projectId } from './fields';

export const get = getById({ noun: 'project', path: 'project_management/projects/{id}', id: projectId });
