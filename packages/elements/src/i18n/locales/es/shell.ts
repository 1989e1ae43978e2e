/** Spanish for the portal shell, the provider and the menu. Keys: the English text exactly as in `msg()`. */
export const shell: Readonly<Record<string, string>> = {
  Dashboard: 'Inicio',
  'Care team': 'Equipo de atención',
  Messages: 'Mensajes',
  Files: 'Archivos',
  Billing: 'Facturación',
  Schedule: 'Citas',
  Tasks: 'Tareas',
  Forms: 'Formularios',
  'Care & progress': 'Atención y progreso',
  Account: 'Cuenta',
  'Skip to content': 'Saltar al contenido',
  Portal: 'Portal',
  Menu: 'Menú',
  '${0} client portal': 'Portal de clientes de ${0}',
  'Signed in as': 'Sesión iniciada como',
  Viewing: 'Viendo a',
  Client: 'Cliente',
  'Assigned professional': 'Profesional asignado',
  '${0}, ${1}': '${0}, ${1}',
  'Could not open ${0}': 'No se pudo abrir ${0}',
  'Opening ${0}': 'Abriendo ${0}',
  'Nothing to show yet': 'Todavía no hay nada que mostrar',
  'Your access to this portal has not been set up. Please contact the practice.':
    'Su acceso a este portal aún no está configurado. Comuníquese con el consultorio.',
  'Could not open the portal': 'No se pudo abrir el portal',
  // provider without a backend
  'This portal is not connected to the practice yet': 'Este portal aún no está conectado con el consultorio',
  'Set-up problem: the page gives the portal no backend (api-base-url or adapter). The developer console says what to set.':
    'Problema de configuración: la página no le da al portal un servidor (api-base-url o adapter). La consola del navegador indica qué falta.',
  // sign-out and session expiry
  'Signed out': 'Sesión cerrada',
  'You have signed out': 'Ha cerrado la sesión',
  'Your information is no longer shown on this page.': 'Su información ya no se muestra en esta página.',
  'Sign in again': 'Volver a iniciar sesión',
  'Session ended': 'Sesión terminada',
  'Sign in again to continue where you left off. What you typed is kept.':
    'Vuelva a iniciar sesión para continuar donde lo dejó. Lo que escribió se conserva.',
  // contact access switched off, unknown deep links
  'Portal access for contacts is not enabled': 'El acceso al portal para contactos no está habilitado',
  'The practice has not enabled portal access for contacts. Please contact the practice if you need access.':
    'El consultorio no ha habilitado el acceso al portal para contactos. Comuníquese con el consultorio si necesita acceso.',
  'This part of the portal is not available to you': 'Esta parte del portal no está disponible para usted',
  'This page could not be found': 'No se encontró esta página',
  'The link may be out of date or mistyped.': 'Es posible que el enlace esté desactualizado o mal escrito.',
  'Go to ${0}': 'Ir a ${0}',
  // the Messages menu entry with its unread badge
  '${0}, ${1} unread': '${0}, ${1} sin leer',
};
