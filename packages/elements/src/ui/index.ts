export { PorticoStateLoading } from './state-loading.js';
export { PorticoStateEmpty } from './state-empty.js';
export { PorticoStateError, type PorticoRetryDetail } from './state-error.js';
export { PorticoAvatar, initialsOf } from './avatar.js';
export { PorticoDocumentButton } from './document-button.js';
export { saveDocument, type DocumentLoader } from './documents.js';
export { buttonStyles } from './button.styles.js';
export { describeError, describeErrorKind, isPermanent, type ErrorText } from './error-text.js';
