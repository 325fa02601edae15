/**
 * `npm run check:mirror` — how much of src/ has a test at its mirrored path under test/, and
 * which files still have none. Exits 1 below the target share (mirror-coverage.ts).
 */
import { formatReport, MIRROR_TARGET, mirrorReport } from "./mirror-coverage";

const report = mirrorReport();
console.log(formatReport(report));
process.exitCode = report.share >= MIRROR_TARGET ? 0 : 1;
