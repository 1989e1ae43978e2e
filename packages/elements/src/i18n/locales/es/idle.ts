/** Spanish for the idle sign-out warning (src/idle). Keys: the English text exactly as in `msg()`. */
export const idle: Readonly<Record<string, string>> = {
  'Are you still there?': '¿Sigue ahí?',
  'For your privacy, you will be signed out soon because the portal has not been used for a while.':
    'Por su privacidad, se cerrará su sesión en breve porque el portal no se ha usado durante un tiempo.',
  'Stay signed in': 'Mantener la sesión',
  'Sign out now': 'Cerrar sesión ahora',
  'You will be signed out in 1 minute.': 'Su sesión se cerrará en 1 minuto.',
  'You will be signed out in ${0} minutes.': 'Su sesión se cerrará en ${0} minutos.',
  'You will be signed out in ${0} seconds.': 'Su sesión se cerrará en ${0} segundos.',
  'You will be signed out in less than a minute.': 'Su sesión se cerrará en menos de un minuto.',
};
