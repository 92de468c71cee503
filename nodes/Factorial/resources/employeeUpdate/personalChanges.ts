import { feed } from './fields';

export const [getPersonalChanges, getPersonalChange] = feed({ path: 'personal_changes', one: 'PersonalChange', many: 'PersonalChanges', singular: 'Personal Change', plural: 'Personal Changes', what: 'changes to employees\' personal data' });
