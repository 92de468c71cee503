import { getById } from '../../engine/commonOperations';
import { breakConfigurationId } from './fields';

export const get = getById({ noun: 'break configuration', path: 'time_settings/break_configurations/{id}', id: breakConfigurationId });
