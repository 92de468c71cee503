import { getById } from '../../engine/commonOperations';
import { taskId } from './fields';

export const get = getById({ noun: 'task', path: 'tasks/tasks/{id}', id: taskId });
