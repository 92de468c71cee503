import { recordId } from '../../engine/commonFields';
import { getById } from '../../engine/commonOperations';

export const get = getById({ noun: 'expense', path: 'expenses/expenses/{id}', id: recordId('expenseId', 'Expense ID') });
