import { deleteById } from '../../engine/commonOperations';
import { taskId } from './fields';

export const deleteOperation = deleteById({ noun: 'task', path: 'tasks/tasks/{id}', id: taskId });
