/**
 * Puppeteer configuration for the benchmark's comparison run of Blacklight (a dev dependency that depends on
 * puppeteer): never download a browser on install, since the benchmark drives the system Chromium instead.
 */
module.exports = {
  skipDownload: true,
};
