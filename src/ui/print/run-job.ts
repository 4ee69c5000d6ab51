/** What a print job hands to the browser: the PDF as a Blob, and a file name stem. */
export function pdfBlob(bytes: Uint8Array): Blob {
  return new Blob([bytes.slice().buffer], { type: 'application/pdf' });
}

export function fileStem(name: string): string {
  return (name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'phusong').toLowerCase();
}
