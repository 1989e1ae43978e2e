/** Spanish for views/team. Keys: the English text exactly as in `msg()`. */
export const team: Readonly<Record<string, string>> = {
  'The people at ${0} who work with you.': 'Las personas de ${0} que trabajan con usted.',
  'The people at ${0} who work with ${1}.': 'Las personas de ${0} que trabajan con ${1}.',
  'Loading the care team': 'Cargando el equipo de atención',
  'No care team yet': 'Todavía no hay equipo de atención',
  'When the practice assigns people to your care, they will be listed here. Questions? Contact the practice.':
    'Cuando el consultorio asigne personas a su atención, aparecerán aquí. ¿Preguntas? Comuníquese con el consultorio.',
  'Contact ${0}': 'Contactar a ${0}',
  'Message ${0}': 'Enviar mensaje a ${0}',
  Message: 'Enviar mensaje',
};
