#!/usr/bin/env node
/**
 * Makes sure poppler-utils (pdfinfo, pdftotext, pdftoppm) is on this machine:
 * the country-fiche test reads and renders the PDF Chromium prints. As root
 * with apt-get (CI) it installs Debian's poppler-utils; otherwise it says what
 * to install and exits 1. Same rules as ensure-chromium.mjs.
 */
import { ensureDebianPackage, findOnPath } from './ensure-package.mjs';

ensureDebianPackage({
  tag: 'ensure-poppler',
  debianPackage: 'poppler-utils',
  found: () => ['pdfinfo', 'pdftotext', 'pdftoppm'].every((c) => findOnPath(c) !== null),
  missing: 'pdfinfo/pdftotext/pdftoppm missing',
  help: ['Install them: sudo apt-get install -y poppler-utils'],
});
