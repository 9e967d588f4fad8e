// By-hand check that the API docs work in a real browser: Swagger UI's Authorize button logs in through the
// OAuth2 password flow, an operation called from the page succeeds with that token, and ReDoc renders.
// Usage: see README.md next to this file. Exits non-zero on any failure.
const { chromium } = require('playwright-core');

const base = process.env.BASE_URL || 'http://127.0.0.1:8000';
const email = process.env.DOCS_EMAIL;
const password = process.env.DOCS_PASSWORD;

(async () => {
  if (!email || !password) throw new Error('set DOCS_EMAIL and DOCS_PASSWORD to an existing account');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    // Offline machines: no background traffic to Google's hosts; root needs --no-sandbox.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(base + '/docs');
    await page.click('.btn.authorize');
    await page.fill('#oauth_username', email);
    await page.fill('#oauth_password', password);
    await page.click('.auth-btn-wrapper .btn.modal-btn.auth.authorize');
    await page.locator('.auth-btn-wrapper button', { hasText: 'Logout' }).waitFor({ timeout: 10000 });
    console.log('Swagger UI: Authorize logged in');
    await page.click('.btn-done');

    const getMe = page.locator('#operations-users-getMe');
    await getMe.locator('.opblock-summary').click();
    await getMe.locator('.try-out__btn').click();
    await getMe.locator('.execute').click();
    const status = getMe.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor({ timeout: 10000 });
    const code = (await status.innerText()).trim();
    console.log('Swagger UI: GET /api/v1/users/me answered ' + code);
    if (code !== '200') throw new Error('expected 200 from /api/v1/users/me');

    await page.goto(base + '/redoc');
    const title = await page.locator('h1').first().innerText({ timeout: 20000 });
    console.log('ReDoc: rendered "' + title + '"');
  } finally {
    await browser.close();
  }
})().catch(e => { console.error('FAILED: ' + e.message); process.exit(1); });
