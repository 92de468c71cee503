import { getById } from '../../engine/commonOperations';
import { attendanceId } from './fields';

export const get = getById({ noun: 'session attendance', path: 'trainings/session_attendances/{id}', id: attendanceId });
