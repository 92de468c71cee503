import { recordId } from '../../engine/commonFields';

export const trainingCategoryId = recordId('trainingCategoryId', 'Training Category ID');
