export type XmpFields = {
  title: string;
  /** BCP 47, as in the catalog's /Lang. */
  language: string;
  author: string;
  /** ISO 8601 with offset, as in the content. */
  created: string;
  producer: string;
};

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The XMP packet of the Antrag PDF (ISO 16684-1), UTF-8: title, language, author and dates as in
 * the Info dictionary, and pdfuaid:part 1, the claim PDF/UA-1 asks for (ADR 0017). Readers that
 * show the title (/DisplayDocTitle) take it from here.
 */
export const xmpMetadata = ({ title, language, author, created, producer }: XmpFields): Uint8Array => {
  const x = escapeXml;
  const xml = `<?xpacket begin="\u{feff}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${x(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${x(author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>${x(language)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${x(created)}</xmp:CreateDate>
   <xmp:ModifyDate>${x(created)}</xmp:ModifyDate>
   <xmp:CreatorTool>Zuzahlungsbefreiung online</xmp:CreatorTool>
   <pdf:Producer>${x(producer)}</pdf:Producer>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  // Copied into this realm's Uint8Array: pdf-lib tests `instanceof Uint8Array`, and in the jsdom test environment
  // TextEncoder's array comes from another realm, so pdf-lib took it for a string.
  return Uint8Array.from(new TextEncoder().encode(xml));
};
