import { recordId } from '../../engine/commonFields';
import { getById } from '../../engine/commonOperations';

export const get = getById({ noun: 'per diem', path: 'expenses/per_diems/{id}', id: recordId('perDiemId', 'Per Diem ID') });
