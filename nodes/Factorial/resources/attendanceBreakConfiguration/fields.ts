import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const attendanceBreakConfigurationId = recordId('attendanceBreakConfigurationId', 'Attendance Break Configuration ID');
export const breakConfigurationId: FieldSpec = { wire: 'time_settings_break_configuration_id', displayName: 'Break Configuration ID', kind: 'id', description: 'The break (Break Configuration resource)' };
export const settingId: FieldSpec = { wire: 'attendance_employees_setting_id', displayName: 'Attendance Setting ID', kind: 'id', description: 'The attendance setting of a group of employees' };
export const enabled: FieldSpec = { wire: 'enabled', displayName: 'Enabled', kind: 'boolean', description: 'Whether employees with this setting may take the break' };
