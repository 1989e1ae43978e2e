/** Routes of the `files` domain; see `../routes.ts`. */
import * as z from 'zod/mini';
import { documentResponse, route } from '../route.js';
import { client, withId } from '../params.js';
import { PageQuery, pageOf } from '../../schemas/common.js';
import { FileKind, PortalFile, ShareFileInput, UploadFileFields } from '../../schemas/files.js';

export const files = {
  list: route({ method: 'GET', path: '/clients/{clientId}/files', summary: 'Files shared with the client', params: client, query: z.object({ ...PageQuery.shape, kind: z.optional(FileKind), sort: z.optional(z.enum(['newest', 'oldest', 'name', 'size'])) }), requires: 'files', response: pageOf(PortalFile) }),
  search: route({ method: 'POST', path: '/clients/{clientId}/files/search', summary: 'Search files by name and description (query in the body, not the URL)', params: client, body: z.object({ q: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)), kind: z.optional(FileKind) }), requires: 'files', response: z.array(PortalFile) }),
  get: route({ method: 'GET', path: '/clients/{clientId}/files/{fileId}', summary: 'One file\'s metadata', params: withId('fileId'), requires: 'files', response: PortalFile }),
  download: route({ method: 'GET', path: '/clients/{clientId}/files/{fileId}/content', summary: 'A file\'s bytes, for download and preview (sent with the bearer token like every call)', params: withId('fileId'), requires: 'files', response: documentResponse('*/*') }),
  upload: route({ method: 'POST', path: '/clients/{clientId}/files', summary: 'Upload a file (multipart/form-data: `file` plus the fields)', params: client, upload: UploadFileFields, requires: 'files.upload', status: 201, response: PortalFile }),
  share: route({ method: 'PUT', path: '/clients/{clientId}/files/{fileId}/sharing', summary: 'Set which team members a file is shared with', params: withId('fileId'), body: ShareFileInput, requires: 'files.upload', response: PortalFile }),
};
