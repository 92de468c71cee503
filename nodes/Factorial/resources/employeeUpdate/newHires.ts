import { feed } from './fields';

export const [getNewHires, getNewHire] = feed({ path: 'new_hires', one: 'NewHire', many: 'NewHires', singular: 'New Hire', plural: 'New Hires', what: 'employees who joined' });
