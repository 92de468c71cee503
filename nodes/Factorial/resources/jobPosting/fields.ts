import type { FieldSpec } from '../../engine/types';
import { LONG_TEXT_LENGTH } from '../../engine/values';

export const jobPostingId: FieldSpec = {
	wire: 'id',
	name: 'jobPostingId',
	displayName: 'Job Posting',
	kind: 'locator',
	locator: 'jobPosting',
	required: true,
};

export const title: FieldSpec = { wire: 'title', displayName: 'Title', kind: 'string', placeholder: 'e.g. Backend Engineer', description: 'The job title candidates see' };

export const status: FieldSpec = {
	wire: 'status',
	displayName: 'Status',
	kind: 'options',
	default: 'draft',
	options: [
		{ name: 'Archived', value: 'archived' },
		{ name: 'Cancelled', value: 'cancelled' },
		{ name: 'Deleted', value: 'deleted' },
		{ name: 'Draft', value: 'draft', description: 'Not visible to candidates yet' },
		{ name: 'Published', value: 'published', description: 'Listed on the careers page' },
		{ name: 'Unlisted', value: 'unlisted', description: 'Open to applications through its link, not listed' },
	],
};

const askOptions = [
	{ name: 'Do Not Ask', value: 'do_not_ask' },
	{ name: 'Mandatory', value: 'mandatory' },
	{ name: 'Optional', value: 'optional' },
];

const requirement = (wire: string, displayName: string, what: string): FieldSpec => ({
	wire,
	displayName,
	kind: 'options',
	default: 'optional',
	options: askOptions,
	description: `Whether candidates must, may or may not give ${what} when they apply`,
});

/** What the application form asks of candidates; Factorial requires all five on create. */
export const requirements: FieldSpec[] = [
	requirement('cv_requirement', 'CV', 'a CV'),
	requirement('cover_letter_requirement', 'Cover Letter', 'a cover letter'),
	requirement('phone_requirement', 'Phone Number', 'a phone number'),
	requirement('photo_requirement', 'Photo', 'a photo'),
	requirement('personal_url_requirement', 'Personal URL', 'a personal web page'),
];

// Fields that POST and PUT both take, optional in both.
export const postingDetails: FieldSpec[] = [
	{ wire: 'description', displayName: 'Description', kind: 'string', maxLength: LONG_TEXT_LENGTH, description: 'The job description candidates see' },
	{
		wire: 'contract_type',
		displayName: 'Contract Type',
		kind: 'options',
		options: [
			{ name: 'A Tempo Parcial', value: 'a_tempo_parcial' },
			{ name: 'A Termo Certo', value: 'a_termo_certo' },
			{ name: 'A Termo Incerto', value: 'a_termo_incerto' },
			{ name: 'Alternant', value: 'alternant' },
			{ name: 'Apprendistato', value: 'apprendistato' },
			{ name: 'Apprenticeship', value: 'apprenticeship' },
			{ name: 'Apprentissage', value: 'apprentissage' },
			{ name: 'CLT', value: 'clt' },
			{ name: 'Com Pluralidade De Empregadores', value: 'com_pluralidade_de_empregadores' },
			{ name: 'De Curta Duração', value: 'de_curta_duracao' },
			{ name: 'De Muita Curta Duração', value: 'de_muita_curta_duracao' },
			{ name: 'Estágio', value: 'estagio' },
			{ name: 'Fixed Discontinued', value: 'fixed_discontinued' },
			{ name: 'Freelance', value: 'freelance' },
			{ name: 'Indefinite', value: 'indefinite' },
			{ name: 'Interim', value: 'interim' },
			{ name: 'Intern', value: 'intern' },
			{ name: 'Jovem Aprendiz', value: 'jovem_aprendiz' },
			{ name: 'Minijob', value: 'minijob' },
			{ name: 'Other', value: 'other' },
			{ name: 'Per Hour', value: 'per_hour' },
			{ name: 'PJ', value: 'pj' },
			{ name: 'Pré-Reforma', value: 'pre_reforma' },
			{ name: 'Promessa De Trabalho', value: 'promessa_de_trabalho' },
			{ name: 'Recibos Verdes', value: 'recibos_verdes' },
			{ name: 'Sem Termo', value: 'sem_termo' },
			{ name: 'Teletrabalho', value: 'teletrabalho' },
			{ name: 'Temporary', value: 'temporary' },
			{ name: 'Training', value: 'training' },
			{ name: 'Vendor / Contractor', value: 'vendor_contractor' },
			{ name: 'Volunteer', value: 'volunteer' },
			{ name: 'Werkstudent', value: 'werkstudent' },
		],
	},
	{
		wire: 'category',
		displayName: 'Category',
		kind: 'options',
		options: [
			{ name: 'Administration and Secretariat', value: 'administration_and_secretariat' },
			{ name: 'Design and Architecture', value: 'design_and_architecture' },
			{ name: 'Education and Social Policy', value: 'education_and_social_policy' },
			{ name: 'Engineering', value: 'engineering' },
			{ name: 'Finance', value: 'finance' },
			{ name: 'HR', value: 'hr' },
			{ name: 'IT', value: 'it' },
			{ name: 'Legal', value: 'legal' },
			{ name: 'Management and Consulting', value: 'management_and_consulting' },
			{ name: 'Marketing and Communication', value: 'marketing_and_communication' },
			{ name: 'Nursing and Therapy', value: 'nursing_and_therapy' },
			{ name: 'Other', value: 'other' },
			{ name: 'Physicians', value: 'physicians' },
			{ name: 'Public Sector', value: 'public_sector' },
			{ name: 'Purchasing, Materials Administration and Logistics', value: 'purchasing_materials_administration_and_logistics' },
			{ name: 'Sales', value: 'sales' },
			{ name: 'Sciences and Research', value: 'sciences_and_research' },
			{ name: 'Service Industry and Manufacturing', value: 'service_industry_and_manufacturing' },
			{ name: 'Sports, Art and Creative Jobs', value: 'sports_art_and_creative_jobs' },
		],
	},
	{
		wire: 'workplace_type',
		displayName: 'Workplace Type',
		kind: 'options',
		options: [
			{ name: 'Hybrid', value: 'hybrid' },
			{ name: 'On Site', value: 'onsite' },
			{ name: 'Remote', value: 'remote' },
		],
	},
	{
		wire: 'schedule_type',
		displayName: 'Schedule',
		kind: 'options',
		options: [
			{ name: 'Full Time', value: 'full_time' },
			{ name: 'Part Time', value: 'part_time' },
		],
	},
	{ wire: 'team_id', displayName: 'Team', kind: 'locator', locator: 'team', description: 'The team that is hiring' },
	{ wire: 'location_id', displayName: 'Location', kind: 'locator', locator: 'location', description: 'The company location of the job' },
	{
		wire: 'salary_format',
		displayName: 'Salary Format',
		kind: 'options',
		options: [
			{ name: 'Fixed Amount', value: 'fixed_amount', description: 'Salary From only' },
			{ name: 'Range', value: 'range', description: 'From Salary From to Salary To' },
		],
	},
	{ wire: 'salary_from_amount_in_cents', displayName: 'Salary From (in Cents)', kind: 'number', min: 0, description: 'The (minimum) salary in cents, e.g. 4000000 for 40,000' },
	{ wire: 'salary_to_amount_in_cents', displayName: 'Salary To (in Cents)', kind: 'number', min: 0, description: 'For a range: the maximum salary in cents' },
	{
		wire: 'salary_period',
		displayName: 'Salary Period',
		kind: 'options',
		options: [
			{ name: 'Annual', value: 'annual' },
			{ name: 'Daily', value: 'daily' },
			{ name: 'Monthly', value: 'monthly' },
		],
	},
];
