// Loaded with --require by npm run bench:validate: says the process's peak
// resident memory on stderr as it exits, where the bench reads it.
process.on('exit', () => process.stderr.write(`\nmax-rss-kb ${process.resourceUsage().maxRSS}\n`));
