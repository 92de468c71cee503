'use strict';
// The README's per-area coverage table is generated (scripts/coverage.js) and must match the node.
const fs = require('node:fs');
const { coverage, render, summary, README } = require('../scripts/coverage');

test('the README coverage table matches the node and the catalog', () => {
	const current = fs.readFileSync(README, 'utf8');
	expect(render(current)).toBe(current);
});

test('every catalogued endpoint is typed, and curated counts only the resources\' own operations', () => {
	const result = coverage();
	expect(result.total).toBe(615);
	expect(result.typed).toBe(615);
	// The curated resources reach 118 distinct endpoints (Custom API Call and Any Endpoint not counted).
	expect(result.curated).toBeGreaterThanOrEqual(118);
	expect(result.rows.find((r) => r.name === 'Documents')).toMatchObject({ total: 12, curated: 12 });
	expect(result.rows.find((r) => r.name === 'Marketplace').curated).toBe(0);
	expect(result.rows.find((r) => r.name === 'Performance')).toMatchObject({ total: 56, curated: 48 });
	expect(result.rows.reduce((n, r) => n + r.total, 0)).toBe(615);
	expect(summary(result)).toMatch(/^curated \d+\/615, typed 615\/615$/);
});

test('the README states the coverage line npm run coverage prints', () => {
	expect(fs.readFileSync(README, 'utf8')).toContain(`\`${summary(coverage())}\``);
});
