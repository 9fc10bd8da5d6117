export * from './printable-document';
export * from './render-html';
export * from './render-pdf';
