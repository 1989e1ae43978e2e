/**
 * Spanish for password recovery with a one-time code (src/auth/password-recovery.ts, issue
 * #14.8). Keys: the English text exactly as in `msg()`; shared sign-in text lives in account.ts.
 */
export const recovery: Readonly<Record<string, string>> = {
  'We’ll send you a one-time code. Enter the email address you use to sign in and choose where the code should go.':
    'Le enviaremos un código de un solo uso. Escriba el correo electrónico con el que inicia sesión y elija adónde enviar el código.',
  'Send the code by': 'Enviar el código por',
  'Text message to the mobile number on your account': 'Mensaje de texto al móvil de su cuenta',
  'Send code': 'Enviar código',
  'If an account with a mobile number exists for that address, we sent a code by text message.':
    'Si existe una cuenta con un número móvil para esa dirección, enviamos un código por mensaje de texto.',
  'If an account exists for that address, we sent a code by email.': 'Si existe una cuenta para esa dirección, enviamos un código por correo electrónico.',
  'Enter your code': 'Escriba su código',
  'We sent a new code. Earlier codes no longer work.': 'Enviamos un código nuevo. Los códigos anteriores ya no sirven.',
  Code: 'Código',
  'Check code': 'Comprobar el código',
  'Send a new code': 'Enviar un código nuevo',
  'Use another address': 'Usar otra dirección',
  'Save new password': 'Guardar la contraseña nueva',
  'Ask for a new code': 'Pedir un código nuevo',
  'Enter the code we sent you.': 'Escriba el código que le enviamos.',
  'That code is not right. Check it and try again.': 'Ese código no es correcto. Revíselo e inténtelo de nuevo.',
  'This code has expired. Ask for a new code.': 'Este código ha caducado. Pida un código nuevo.',
  'Too many codes were asked for this address. Wait 15 minutes, then ask again.':
    'Se pidieron demasiados códigos para esta dirección. Espere 15 minutos y vuelva a pedirlo.',
  'Too many wrong codes: this code no longer works. Ask for a new code.':
    'Demasiados códigos incorrectos: este código ya no sirve. Pida un código nuevo.',
  'Too much time passed since you entered the code. Ask for a new code.':
    'Pasó demasiado tiempo desde que escribió el código. Pida un código nuevo.',
  'Your password was changed. Sign in with your new password.': 'Su contraseña se cambió. Inicie sesión con la contraseña nueva.',
};
