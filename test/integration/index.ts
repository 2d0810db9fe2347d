// The suite's entry point (extensionTestsPath): VS Code's extension host calls run() once the workbench is up, in
// code-server (test/harness/runIntegration.mjs) or in desktop VS Code (test/desktop/runDesktopTests.mjs).
// The bundle carries its own mocha (see buildIntegrationTests in test/harness/util.mjs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';

// The extension host forwards console.* to the UI without printf-style substitution ("%d passing"): format here.
Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(util.format(...args));

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000 });
  if (process.env.MARKET_NOTES_TEST_GREP) mocha.grep(process.env.MARKET_NOTES_TEST_GREP);
  const files = fs.readdirSync(__dirname, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.js'));
  for (const file of files.sort()) mocha.addFile(path.join(__dirname, file));

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      // For the runners: a machine-readable copy of the counts (the console line below is the fallback).
      const resultsFile = process.env.MARKET_NOTES_INTEGRATION_RESULTS;
      if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify({ passed, failed: failures }));
      console.log(`${passed} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}
