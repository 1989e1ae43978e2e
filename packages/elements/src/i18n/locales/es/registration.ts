/**
 * Spanish for new-client registration (src/registration, issue #14.3). Keys: the English text
 * exactly as in `msg()`; field labels shared with the account view live in account.ts.
 */
export const registration: Readonly<Record<string, string>> = {
  'Loading the registration form': 'Cargando el formulario de registro',
  'Register as a new client': 'Registrarse como cliente nuevo',
  'Thank you for registering': 'Gracias por registrarse',
  'Read the terms (opens in a new tab)': 'Leer las condiciones (se abre en una pestaña nueva)',
  Register: 'Registrarse',
  'The practice already has a client with these details, so it did not register you again. If you were a client before, sign in or use “Forgot password?”; otherwise contact the practice.':
    'El consultorio ya tiene un cliente con estos datos, así que no le registró de nuevo. Si ya fue cliente, inicie sesión o use «¿Olvidó su contraseña?»; si no, comuníquese con el consultorio.',
  'Enter your date of birth.': 'Escriba su fecha de nacimiento.',
  'Accept the terms to register.': 'Acepte las condiciones para registrarse.',
  '${0} does not take registrations online. Please contact the practice.': '${0} no acepta registros en línea. Comuníquese con el consultorio.',
  '${0} will send an invitation to ${1}. Open it to choose your password and sign in.':
    '${0} enviará una invitación a ${1}. Ábrala para elegir su contraseña e iniciar sesión.',
  'I accept the terms of ${0}': 'Acepto las condiciones de ${0}',
};
