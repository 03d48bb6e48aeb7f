/**
 * Runs the checker once on PLAYBOOK_CONTENT_DIR and prints its wall-clock and CPU time as JSON
 * (CPU time is what stays comparable when other work shares the machine). Used by check-scaling.ts.
 */
import { checkPlaybook } from '../../src/checker/check.ts';
import { resolvePlaybookConfig } from '../../src/lib/playbook-config.ts';

const config = resolvePlaybookConfig();
const wallStart = performance.now();
const cpuStart = process.cpuUsage();
const result = checkPlaybook(config, new Date());
const cpu = process.cpuUsage(cpuStart);
const wall = performance.now() - wallStart;
console.log(JSON.stringify({ files: result.files, errors: result.errors, wallMs: wall, cpuMs: (cpu.user + cpu.system) / 1000 }));
