/** Spanish for views/clinical. Keys: the English text exactly as in `msg()`. */
export const clinical: Readonly<Record<string, string>> = {
  // The view and its sections
  'Care & progress': 'Atención y progreso',
  'Loading care and progress': 'Cargando atención y progreso',
  'Not available for this client': 'No disponible para este cliente',
  'Sessions, programmes and care plans are shared with the client and the people caring for them. If you think you should see them, contact the practice.':
    'Las sesiones, los programas y los planes de atención se comparten con el cliente y con quienes lo cuidan. Si cree que debería verlos, comuníquese con el consultorio.',
  'Care & progress sections': 'Secciones de atención y progreso',
  'Sessions & homework': 'Sesiones y tareas',
  Programmes: 'Programas',
  'Data collection': 'Registro de datos',
  'Care plan': 'Plan de atención',
  Homework: 'Tareas',
  'Past sessions': 'Sesiones anteriores',

  // Sessions
  'Loading past sessions': 'Cargando las sesiones anteriores',
  'No past sessions yet': 'Todavía no hay sesiones anteriores',
  'After your first session, it will be listed here with anything the practice shares about it.':
    'Después de su primera sesión, aparecerá aquí con lo que el consultorio comparta sobre ella.',
  'No notes shared for this session': 'No se compartieron notas de esta sesión',
  'Try again': 'Reintentar',
  'Show older sessions': 'Mostrar sesiones anteriores',

  // Homework
  'Loading homework': 'Cargando las tareas',
  'No homework assigned': 'No hay tareas asignadas',
  'When your provider gives you something to practise between sessions, it will be listed here.':
    'Cuando su profesional le dé algo para practicar entre sesiones, aparecerá aquí.',
  Overdue: 'Vencida',
  'No due date': 'Sin fecha límite',
  'Mark not done': 'Marcar como no realizada',
  'Mark done': 'Marcar como realizada',
  'Due ${0}': 'Vence el ${0}',
  'Assigned ${0}': 'Asignada el ${0}',
  'Could not mark it done. ${0}': 'No se pudo marcar como realizada. ${0}',
  'Could not mark it not done. ${0}': 'No se pudo marcar como no realizada. ${0}',
  Completed: 'Realizada',
  'To do': 'Pendiente',

  // Programmes
  'Loading learning programmes': 'Cargando los programas de aprendizaje',
  'No learning programmes yet': 'Todavía no hay programas de aprendizaje',
  'When the practice sets up a learning programme, its targets and progress will be shown here.':
    'Cuando el consultorio cree un programa de aprendizaje, sus objetivos y su progreso aparecerán aquí.',
  'No targets in this programme yet.': 'Este programa todavía no tiene objetivos.',
  'Mastery criterion:': 'Criterio de dominio:',
  Steps: 'Pasos',
  Progress: 'Progreso',
  '${0} of ${1} targets mastered': '${0} de ${1} objetivos dominados',
  'Targets of ${0}': 'Objetivos de ${0}',
  Baseline: 'Línea base',
  'In progress': 'En progreso',
  Mastered: 'Dominado',
  'On hold': 'En pausa',
  'Not started': 'Sin empezar',

  // Progress chart
  'No progress recorded yet.': 'Todavía no hay progreso registrado.',
  'Hide data table': 'Ocultar la tabla de datos',
  'Show data table': 'Mostrar la tabla de datos',
  Date: 'Fecha',
  'Percent correct': 'Porcentaje de aciertos',
  '${0}: ${1}% correct on ${2}.': '${0}: ${1} % de aciertos el ${2}.',
  '${0}: ${1}% correct on ${2}, ${3}% on ${4}, across ${5} sessions.':
    '${0}: ${1} % de aciertos el ${2} y ${3} % el ${4}, en ${5} sesiones.',
  'Progress for ${0}': 'Progreso de ${0}',

  // Data collection
  'Loading data sheets': 'Cargando las hojas de registro',
  'No data sheets to run': 'No hay hojas de registro para completar',
  'When the practice asks you to collect data between sessions, the data sheets will be here. Questions? Contact the practice.':
    'Cuando el consultorio le pida registrar datos entre sesiones, las hojas de registro estarán aquí. ¿Preguntas? Comuníquese con el consultorio.',
  'Choose a data sheet and start it when the session begins. What you record stays on this page until you submit it.':
    'Elija una hoja de registro y iníciela cuando empiece la sesión. Lo que registre se queda en esta página hasta que lo envíe.',
  Start: 'Iniciar',
  'Start ${0}': 'Iniciar ${0}',
  '${0} rows': '${0} filas',
  'Data sheet sent': 'Hoja de registro enviada',
  'The practice has your record of "${0}", ${1} to ${2}.': 'El consultorio recibió su registro de «${0}», de ${1} a ${2}.',
  'Run another data sheet': 'Completar otra hoja de registro',
  'Waiting to send': 'Pendiente de envío',
  '${0}, ${1} to ${2}': '${0}, de ${1} a ${2}',
  'Sending…': 'Enviando…',
  'Waiting to send. It will be sent when you are back online, wherever you are in the portal; keep this page open.':
    'Pendiente de envío. Se enviará cuando vuelva a tener conexión, esté donde esté en el portal; mantenga esta página abierta.',
  'Could not send: ${0}': 'No se pudo enviar: ${0}',
  'Retry sending ${0}': 'Reintentar el envío de ${0}',
  Retry: 'Reintentar',
  'Data sheet discarded.': 'Hoja de registro descartada.',
  'The record could not be sent yet. It is kept on this page as "Waiting to send".':
    'El registro aún no se pudo enviar. Se conserva en esta página como «Pendiente de envío».',
  'Still offline. The record is kept and will be sent when you are back online.':
    'Sigue sin conexión. El registro se conserva y se enviará cuando vuelva a tener conexión.',
  'The record could not be sent. Try again.': 'No se pudo enviar el registro. Vuelva a intentarlo.',
  '"${0}" was sent to the practice.': '«${0}» se envió al consultorio.',

  // A running data sheet
  'Started at ${0}': 'Iniciada a las ${0}',
  'Row you are recording': 'Fila que está registrando',
  '${0} trials: ${1} correct, ${2} incorrect, ${3} prompted': '${0} ensayos: ${1} correctos, ${2} incorrectos, ${3} con ayuda',
  'Count: ${0}': 'Conteo: ${0}',
  'Time:': 'Tiempo:',
  '(running)': '(en marcha)',
  Correct: 'Correcto',
  Incorrect: 'Incorrecto',
  Prompted: 'Con ayuda',
  '${0} trials · ${1} correct · ${2} incorrect · ${3} prompted': '${0} ensayos · ${1} correctos · ${2} incorrectos · ${3} con ayuda',
  '${0}% correct': '${0} % correctos',
  'Trials for ${0}': 'Ensayos de ${0}',
  'Undo last trial': 'Deshacer el último ensayo',
  'Subtract one': 'Restar uno',
  'Add one': 'Sumar uno',
  'Count for ${0}': 'Conteo de ${0}',
  'Stop timer': 'Detener el cronómetro',
  'Resume timer': 'Reanudar el cronómetro',
  'Start timer': 'Iniciar el cronómetro',
  'Note for the practice (optional)': 'Nota para el consultorio (opcional)',
  '${0} of ${1} characters': '${0} de ${1} caracteres',
  'Submit data sheet': 'Enviar la hoja de registro',
  'Discard everything recorded on this sheet?': '¿Descartar todo lo registrado en esta hoja?',
  Discard: 'Descartar',
  'Keep recording': 'Seguir registrando',
  'Discard sheet': 'Descartar la hoja',
  'Nothing is recorded yet. Record at least one trial, count or time, then submit.':
    'Todavía no hay nada registrado. Registre al menos un ensayo, un conteo o un tiempo y luego envíe.',
  '${0}. ${1} trials.': '${0}. ${1} ensayos.',
  'Last trial removed. ${0} trials.': 'Último ensayo eliminado. ${0} ensayos.',
  'Timer started for ${0}.': 'Cronómetro iniciado para ${0}.',
  'Timer stopped at ${0}.': 'Cronómetro detenido en ${0}.',
  'Shorten the note to ${0} characters or fewer.': 'Acorte la nota a ${0} caracteres o menos.',

  // Care plan
  'Loading the care plan': 'Cargando el plan de atención',
  'No care plan yet': 'Todavía no hay plan de atención',
  'When the practice shares a care plan with you, it will be shown here. Questions? Contact the practice.':
    'Cuando el consultorio comparta un plan de atención con usted, aparecerá aquí. ¿Preguntas? Comuníquese con el consultorio.',
  'Could not load the care plan': 'No se pudo cargar el plan de atención',
  'Effective from': 'Vigente desde',
  'Next review': 'Próxima revisión',
  'Not scheduled': 'Sin programar',
  Goals: 'Metas',
  'Measured by:': 'Se mide con:',
  'No goals listed.': 'No hay metas.',
  Services: 'Servicios',
  Service: 'Servicio',
  Frequency: 'Frecuencia',
  Provider: 'Profesional',
  'No services listed.': 'No hay servicios.',
  Current: 'Vigente',
  Met: 'Cumplida',
  Discontinued: 'Suspendida',
};
