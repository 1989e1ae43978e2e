/**
 * Spanish for the account's sign-in methods (views/account/account-sign-in-methods.ts, issue
 * #14.6). Keys: the English text exactly as in `msg()`.
 */
export const signInMethods: Readonly<Record<string, string>> = {
  'Sign-in methods': 'Formas de iniciar sesión',
  'Link an account you already use at work or school, and sign in with it instead of your password.':
    'Vincule una cuenta que ya usa en el trabajo o en la escuela e inicie sesión con ella en lugar de su contraseña.',
  'Loading your sign-in methods': 'Cargando sus formas de iniciar sesión',
  'The practice offers no other way to sign in.': 'El consultorio no ofrece otra forma de iniciar sesión.',
  'Linking did not finish: the link expired or was already used. Try again.':
    'La vinculación no terminó: el enlace caducó o ya se usó. Inténtelo de nuevo.',
  'That account is already linked to someone else’s portal account.': 'Esa cuenta ya está vinculada a la cuenta del portal de otra persona.',
  'This is your only way to sign in, so it cannot be unlinked. Set a password first.':
    'Es su única forma de iniciar sesión, así que no se puede desvincular. Elija antes una contraseña.',
  Linked: 'Vinculada',
  'Not linked': 'Sin vincular',
  'Linked to ${0} since ${1}': 'Vinculada a ${0} desde el ${1}',
  'Linked to ${0}': 'Vinculada a ${0}',
  'Unlink ${0}': 'Desvincular ${0}',
  'Link ${0}': 'Vincular ${0}',
  '${0} is linked. You can sign in with it.': '${0} está vinculada. Puede iniciar sesión con ella.',
  '${0} is unlinked.': '${0} está desvinculada.',
};
