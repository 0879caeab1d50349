import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';

/**
 * A .docx whose word/document.xml inflates to `inflatedMb` MB of paragraphs while the file stays around 1 KB per
 * MB inflated: the "zip bomb" of the security issue. The big part is deflated by Node's zlib (native, ≈ 1 s for
 * 400 MB of repeated text) and handed to fflate's Zip as a pre-compressed entry.
 */
export function docxBomb(inflatedMb: number): Buffer {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  const small = (name: string, text: string): void => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(Buffer.from(text), true);
  };
  small(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  small(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const chunk = Buffer.alloc(1 << 20, '<w:p><w:r><w:t>推动服务业高质量发展。</w:t></w:r></w:p>');
  const whole = Buffer.concat(Array.from({ length: inflatedMb }, () => chunk));
  const entry: ZipInputFile = { filename: 'word/document.xml', size: whole.length, crc: crc32(whole), compression: 8 };
  zip.add(entry);
  entry.ondata!(null, deflateRawSync(whole, { level: 9 }), true);
  zip.end();
  return Buffer.concat(parts);
}
