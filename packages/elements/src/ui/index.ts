export { PorticoStateLoading } from './state-loading.js';
export { PorticoStateEmpty } from './state-empty.js';
export { PorticoStateError, type PorticoRetryDetail } from './state-error.js';
export { PorticoAvatar, initialsOf } from './avatar.js';
export { buttonStyles } from './button.styles.js';
export { describeError, describeErrorKind, isPermanent, type ErrorText } from './error-text.js';
