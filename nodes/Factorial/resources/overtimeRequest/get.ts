import { getById } from '../../engine/commonOperations';
import { overtimeRequestId } from './fields';

export const get = getById({ noun: 'overtime request', path: 'attendance/overtime_requests/{id}', id: overtimeRequestId });
