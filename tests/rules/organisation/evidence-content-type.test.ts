import { BASE_DOSSIER as base, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const PDF = '%PDF-1.7\n…';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

/** A ZIP whose first entry (a local header) is named `name`: what an OFD file starts with when `name` is OFD.xml. */
function zipWithEntry(name: string): Buffer {
  const header = Buffer.alloc(30);
  header.write('PK\x03\x04', 0, 'latin1');
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  return Buffer.concat([header, Buffer.from(name), Buffer.from('<ofd:OFD/>')]);
}

const withFile = (file: string) =>
  replaceOnce(
    base,
    'issuer: 太原市发展和改革委员会, issued: 2016-03-01 }',
    `issuer: 太原市发展和改革委员会, issued: 2016-03-01, evidence: { file: ${file} } }`,
  );
const at = (file: string) => valuePosition(withFile(file), `file: ${file}`);

testRule('evidence-content-type', {
  valid: [
    { name: 'a PDF named .pdf', text: withFile('scans/fsr.pdf'), evidence: { 'scans/fsr.pdf': PDF } },
    { name: 'a PDF header after some bytes of junk, within the first 1024', text: withFile('scans/fsr.pdf'), evidence: { 'scans/fsr.pdf': `\n\n${PDF}` } },
    { name: 'the extension in capitals', text: withFile('scans/FSR.PDF'), evidence: { 'scans/FSR.PDF': PDF } },
    { name: 'a PNG named .png', text: withFile('scans/fsr.png'), evidence: { 'scans/fsr.png': PNG } },
    { name: 'a JPEG named .jpeg', text: withFile('scans/fsr.jpeg'), evidence: { 'scans/fsr.jpeg': JPEG } },
    { name: 'an OFD: a ZIP with OFD.xml at its root', text: withFile('scans/fsr.ofd'), evidence: { 'scans/fsr.ofd': zipWithEntry('OFD.xml') } },
    { name: 'an extension this tool does not know', text: withFile('scans/fsr.tif'), evidence: { 'scans/fsr.tif': 'II*\0' } },
    // These are evidence-matches' findings.
    { name: 'an empty file', text: withFile('scans/fsr.pdf'), evidence: { 'scans/fsr.pdf': '' } },
    { name: 'a missing file', text: withFile('scans/fsr.pdf'), evidence: {} },
  ],
  invalid: [
    {
      name: 'a PNG named .pdf',
      text: withFile('scans/fsr.pdf'),
      evidence: { 'scans/fsr.pdf': PNG },
      errors: [{ ...at('scans/fsr.pdf'), message: /is named as a PDF file, but its content is a PNG image/ }],
    },
    {
      name: 'a PDF named .jpg',
      text: withFile('scans/fsr.jpg'),
      evidence: { 'scans/fsr.jpg': PDF },
      errors: [{ ...at('scans/fsr.jpg'), message: /named as a JPEG image, but its content is a PDF file/ }],
    },
    {
      name: 'text named .pdf',
      text: withFile('scans/fsr.pdf'),
      evidence: { 'scans/fsr.pdf': 'not a pdf' },
      errors: [{ ...at('scans/fsr.pdf'), message: /its content is a file of no type this tool recognises/ }],
    },
    {
      name: 'a ZIP named .ofd without OFD.xml at its root',
      text: withFile('scans/fsr.ofd'),
      evidence: { 'scans/fsr.ofd': zipWithEntry('Doc_0/OFD.xml') },
      errors: [{ ...at('scans/fsr.ofd'), message: /its content is a ZIP archive without OFD\.xml/ }],
    },
  ],
});
