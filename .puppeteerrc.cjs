// Puppeteer comes only with the benchmark's mmdc peer, which is pointed at Debian's Chromium; it must
// never try to download a browser of its own during `npm install`.
module.exports = { skipDownload: true };
