'use strict';
// What the numbers were measured on: they mean little without it.
const os = require('node:os');

function machine() {
	const cpus = os.cpus();
	return {
		cpu: cpus[0] ? cpus[0].model.trim() : 'unknown',
		cores: cpus.length,
		memoryGb: Math.round(os.totalmem() / 1024 ** 3),
		os: `${os.type()} ${os.release()}`,
		node: process.version,
	};
}

const loadAverage = () => os.loadavg().map((v) => Math.round(v * 100) / 100);

module.exports = { machine, loadAverage };
