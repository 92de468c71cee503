import { deleteById } from '../../engine/commonOperations';
import { overtimeRequestId } from './fields';

export const deleteOperation = deleteById({ noun: 'overtime request', path: 'attendance/overtime_requests/{id}', id: overtimeRequestId });
