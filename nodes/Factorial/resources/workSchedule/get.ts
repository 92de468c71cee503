import { getById } from '../../engine/commonOperations';
import { workScheduleId } from './fields';

export const get = getById({ noun: 'work schedule', path: 'work_schedule/schedules/{id}', id: workScheduleId });
