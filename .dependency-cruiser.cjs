/**
 * The import rules of the tree (ARCHITECTURE.md, "The layers"): one direction,
 * app -> features -> web -> db -> lib. Run by `npm test` (`npm run lint:imports`).
 * Tests, the test harness, benchmarks and browser tests are outside the rules: they may reach anything.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular-files",
      severity: "error",
      comment: "No file reaches itself through its imports.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "no-circular-features",
      severity: "error",
      scope: "folder",
      comment: "No two folders import each other (features in particular): move the shared piece to the folder that owns it, or down a layer.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "no-other-features-repository",
      severity: "error",
      comment: "A feature's tables are its own: another feature calls its service, never its repository.",
      from: { path: "^src/features/([^/]+)/" },
      to: { path: "^src/features/[^/]+/.+\\.repository\\.ts$", pathNot: "^src/features/$1/" },
    },
    {
      name: "no-presenter-in-repository",
      severity: "error",
      comment: "Repositories return rows; presenting them is the caller's business.",
      from: { path: "\\.repository\\.ts$" },
      to: { path: "\\.presenter\\.ts$" },
    },
    {
      name: "lib-is-the-bottom",
      severity: "error",
      comment: "lib/ holds pure modules: it imports nothing of db/, web/, features/ or app/.",
      from: { path: "^src/lib/" },
      to: { path: "^src/(db|web|features|app|cli)/" },
    },
    {
      name: "db-below-web-and-features",
      severity: "error",
      comment: "db/ knows tables and connections, not the web shell, features or the app.",
      from: { path: "^src/db/" },
      to: { path: "^src/(web|features|app|cli)/" },
    },
    {
      name: "web-is-shared-shell",
      severity: "error",
      comment: "web/ is the shell features use; it imports no feature and not the app.",
      from: { path: "^src/web/" },
      to: { path: "^src/(features|app|cli)/" },
    },
    {
      name: "features-below-app",
      severity: "error",
      comment: "Features are mounted by the app; they never import it or the CLI.",
      from: { path: "^src/features/" },
      to: { path: "^src/(app|cli)/" },
    },
    {
      name: "only-entries-import-app",
      severity: "error",
      comment: "src/app/ is the composition root: only the CLI and the server entry import it.",
      from: { path: "^src/", pathNot: "^src/(app|cli)/|^src/server\\.ts$" },
      to: { path: "^src/app/" },
    },
  ],
  options: {
    includeOnly: "^src/",
    exclude: { path: "\\.test\\.tsx?$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js"], conditionNames: ["import", "node", "default"] },
  },
};
