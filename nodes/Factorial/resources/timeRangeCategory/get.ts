import { getById } from '../../engine/commonOperations';
import { recordId } from '../../engine/commonFields';

export const get = getById({ noun: 'time range category', path: 'time_settings/split_custom_time_range_categories/{id}', id: recordId('timeRangeCategoryId', 'Time Range Category ID') });
