import { getById } from '../../engine/commonOperations';
import { attendanceBreakConfigurationId } from './fields';

export const get = getById({ noun: 'attendance break configuration', path: 'attendance/break_configurations/{id}', id: attendanceBreakConfigurationId });
