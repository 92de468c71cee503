const m = require(process.argv[2]);
m.run({ log: console.log }).then((r) => console.log(JSON.stringify(r, null, 1)), (e) => { console.error(e); process.exit(1); });
