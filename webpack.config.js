// Builds the task pane, the (empty) function-command page, the browser playground (a development
// aid: the real pane beside a fake workbook) and copies assets and the manifest.
// `ADDIN_PUBLIC_URL=https://addin.example.com/ npm run build` rewrites the manifest for central deployment.
// The dev server forwards the proxy's paths to PROXY_URL (default http://127.0.0.1:3100), so the
// pane and the proxy share one origin, as they do when the proxy serves dist/ itself.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const urlDev = "https://localhost:3000/";
const proxyUrl = process.env.PROXY_URL || "http://127.0.0.1:3100";

function publicUrl(mode) {
  const url = process.env.ADDIN_PUBLIC_URL;
  if (!url || mode === "development") return urlDev;
  if (!/^https:\/\/[^\s/]+(\/[^\s]*)?$/.test(url)) {
    throw new Error(
      `ADDIN_PUBLIC_URL must be an https URL such as https://addin.example.com/ (got "${url}")`,
    );
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** The manifest for `target`: every URL moved there, AppDomains to its origin (no path, no trailing slash). */
function productionManifest(xml, target) {
  const devOrigin = new URL(urlDev).origin;
  return xml
    .split(`<AppDomain>${devOrigin}</AppDomain>`)
    .join(`<AppDomain>${new URL(target).origin}</AppDomain>`)
    .split(urlDev)
    .join(target);
}

async function httpsOptions(env) {
  if (env.WEBPACK_BUILD || env.http) return undefined;
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, options) => {
  const mode = options.mode || "production";
  const dev = mode === "development";
  const target = publicUrl(mode);
  const https = await httpsOptions(env);
  return {
    mode,
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      playground: "./src/playground/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              target === urlDev ? content : productionManifest(content.toString(), target),
          },
        ],
      }),
    ],
    performance: { maxAssetSize: 1_200_000, maxEntrypointSize: 1_200_000 },
    devServer: {
      hot: true,
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      proxy: [{ context: ["/open-apis", "/healthz", "/self-check"], target: proxyUrl, changeOrigin: true }],
    },
  };
};
