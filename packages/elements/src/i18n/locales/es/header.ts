/**
 * Spanish for the header's account controls (src/portal/header-*.ts, issue #14.1). Keys: the
 * English text exactly as in `msg()`. Entries shared with the account view live in account.ts.
 */
export const header: Readonly<Record<string, string>> = {
  'Account menu for ${0}': 'Menú de la cuenta de ${0}',
  'Account profile': 'Perfil de la cuenta',
  'Profile ${0}% complete: add what is missing': 'Perfil completo al ${0} %: añada lo que falta',
  'Profile ${0}%': 'Perfil ${0} %',
  'Complete your profile (${0}%)': 'Complete su perfil (${0} %)',
};
