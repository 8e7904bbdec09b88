export { analyzeEmail, analyzeEmailFacts, deceptionArea, prepareEmailEnv } from './analyzer.js';
export type { AnalyzeEmailOptions, EmailScorer, EmailEnv } from './analyzer.js';
export { emailAnalyzer } from './kind.js';
export type { EmailScanOptions } from './kind.js';
export { extractFacts } from './extract.js';
export { loadEmailModel, emailModelFrom, EmailModel, DEFAULT_EMAIL_MODEL_PATH } from './model.js';
export { loadWordingModel, WordingModel, WORDING_MODEL_NAME } from './wording.js';
// the model's features (src/train trains on them)
export { emailFeatures, normalizeText, FEATURES_VERSION, RECEIVING_SIDE_SIGNALS } from './features.js';
export type { EmailFeatureOptions, EmailFeatures } from './features.js';
export { parseHtml } from './html.js';
export { extractTextUrls, refang } from './text-urls.js';
export type * from './facts.js';
export { headerValue, headerValues } from './facts.js';
export { SIGNALS } from './signals.js';
// opt-in OCR of inline and attached images
export { ocrImages, closeOcr, createTesseractEngine, tesseractPaths } from './ocr.js';
export type { ImageText, OcrEngine } from './ocr.js';
export { closePdfReaders, pdfTexts, readPdfText } from './pdf-text.js';
export type { DocumentText, PdfRead } from './pdf-text.js';
export { sniffImage, messageImages } from './images.js';
export { misspeltTradeWord } from './misspelt-word.js';
