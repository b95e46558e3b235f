/** The comparison panel's page: a strict content security policy, the bundled script and stylesheet only. */
import { randomBytes } from 'node:crypto';

export interface PageAssets {
  /** `webview.cspSource`. */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
}

export function panelHtml(assets: PageAssets): string {
  const nonce = randomBytes(16).toString('base64');
  const csp = [
    "default-src 'none'",
    `style-src ${assets.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${assets.cspSource}`,
    "img-src 'none'",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${assets.styleUri}">
<title>Neural Debugger: Comparison</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="empty">Start a neural debug session (F5 on a Python file) or a comparison with debugpy.</p></main>
<script nonce="${nonce}" src="${assets.scriptUri}"></script>
</body>
</html>`;
}
