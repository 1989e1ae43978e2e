/** Spanish for the shared primitives (ui/). Keys: the English text exactly as in `msg()`. */
export const ui: Readonly<Record<string, string>> = {
  // ui/state-loading, state-empty
  'Loading…': 'Cargando…',
  'Nothing here yet': 'Todavía no hay nada aquí',
  // ui/document-button
  'Downloading…': 'Descargando…',
  'The download failed.': 'La descarga falló.',
  // ui/state-error, ui/error-text
  'Try again': 'Reintentar',
  'Reference: ${0}': 'Referencia: ${0}',
  'Could not reach the practice': 'No se pudo conectar con el consultorio',
  'Check your internet connection, then try again.': 'Revise su conexión a internet y vuelva a intentarlo.',
  'Your session has ended': 'Su sesión ha terminado',
  'Sign in again to continue.': 'Vuelva a iniciar sesión para continuar.',
  'The portal cannot reach the practice from this website': 'El portal no puede conectarse con el consultorio desde este sitio web',
  'This is a set-up problem, not your internet connection. Please let the practice know.':
    'Es un problema de configuración, no de su conexión a internet. Avise al consultorio, por favor.',
  'You do not have access to this': 'No tiene acceso a esta información',
  'If you think this is a mistake, contact the practice.': 'Si cree que se trata de un error, comuníquese con el consultorio.',
  'This could not be found': 'No se encontró',
  'It may have been moved or removed.': 'Es posible que se haya movido o eliminado.',
  'This changed in the meantime': 'Esto cambió mientras tanto',
  'Try again to work with the latest version.': 'Vuelva a intentarlo para trabajar con la versión más reciente.',
  'Some details were not accepted': 'Algunos datos no fueron aceptados',
  'Check what you entered, then try again.': 'Revise lo que ingresó y vuelva a intentarlo.',
  'The practice’s system sent something unexpected': 'El sistema del consultorio envió una respuesta inesperada',
  'Try again. If this keeps happening, contact the practice.': 'Vuelva a intentarlo. Si sigue ocurriendo, comuníquese con el consultorio.',
  'The practice’s system had a problem': 'El sistema del consultorio tuvo un problema',
  'Try again in a moment.': 'Vuelva a intentarlo en un momento.',
  'The request was cancelled': 'La solicitud se canceló',
  'Try again when you are ready.': 'Vuelva a intentarlo cuando esté listo.',
  'Something went wrong': 'Algo salió mal',
  // provider
  'Could not open the portal': 'No se pudo abrir el portal',
  // view kit: "show more" (controllers/resource.ts)
  '1 more shown': 'Se muestra 1 más',
  '${0} more shown': 'Se muestran ${0} más',
};
