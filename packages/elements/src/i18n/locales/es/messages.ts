/** Spanish for views/messages. Keys: the English text exactly as in `msg()`. */
export const messages: Readonly<Record<string, string>> = {
  // The view and the thread list
  'Loading your messages': 'Cargando sus mensajes',
  'Start a conversation with your care team with "New message". Replies will appear here.':
    'Inicie una conversación con su equipo de atención con «Mensaje nuevo». Las respuestas aparecerán aquí.',
  'When your care team writes to you, the conversation will appear here.': 'Cuando su equipo de atención le escriba, la conversación aparecerá aquí.',
  'Show more conversations': 'Mostrar más conversaciones',
  'Back to conversations': 'Volver a las conversaciones',
  'Choose a conversation to read it, or start a new one.': 'Elija una conversación para leerla o inicie una nueva.',
  Conversations: 'Conversaciones',
  'Message sent.': 'Mensaje enviado.',
  'Your message was not sent. Use Retry to send it again.': 'Su mensaje no se envió. Use Reintentar para enviarlo de nuevo.',
  'Attachment uploaded.': 'Archivo adjunto subido.',

  // A thread
  'Loading conversation…': 'Cargando la conversación…',
  Conversation: 'Conversación',
  'With ${0}': 'Con ${0}',
  'Loading messages': 'Cargando los mensajes',
  'Could not load this conversation': 'No se pudo cargar esta conversación',
  'This conversation could not be found': 'No se encontró esta conversación',
  'Loading earlier messages…': 'Cargando mensajes anteriores…',
  'Could not load earlier messages. ${0}': 'No se pudieron cargar los mensajes anteriores. ${0}',
  'This is the start of the conversation.': 'Este es el comienzo de la conversación.',
  'No messages in this conversation yet.': 'Todavía no hay mensajes en esta conversación.',
  'Messages, oldest first': 'Mensajes, los más antiguos primero',
  'New message from ${0}: ${1}': 'Mensaje nuevo de ${0}: ${1}',
  You: 'Usted',
  New: 'Nuevo',
  'Not sent': 'No enviado',
  'Retry sending: ${0}': 'Reintentar el envío: ${0}',
  'Discard: ${0}': 'Descartar: ${0}',

  // The composer
  Reply: 'Responder',
  Send: 'Enviar',
  'Send to': 'Enviar a',
  'Loading your care team': 'Cargando su equipo de atención',
  'There is nobody on your care team to message yet. Contact the practice.':
    'Todavía no hay nadie en su equipo de atención a quien escribir. Comuníquese con el consultorio.',
  'Choose at least one person to message.': 'Elija al menos una persona a quien escribir.',
  'Add a subject.': 'Agregue un asunto.',
  'Write a message first.': 'Escriba primero un mensaje.',
  'Your message was not sent. ${0}': 'Su mensaje no se envió. ${0}',

  // Attachments
  'Attach files': 'Adjuntar archivos',
  Attachments: 'Archivos adjuntos',
  'Or drop files here. ${0}; up to ${1} each.': 'O suelte los archivos aquí. ${0}; hasta ${1} cada uno.',
  'MP4 videos': 'videos MP4',
  '"${0}" cannot be attached: this type of file is not accepted. Accepted: ${1}.':
    'No se puede adjuntar «${0}»: este tipo de archivo no se acepta. Se aceptan: ${1}.',
  '"${0}" cannot be attached: it is larger than the ${1} limit.': 'No se puede adjuntar «${0}»: supera el límite de ${1}.',
  'Attachments are still uploading.': 'Los archivos adjuntos aún se están subiendo.',
  'Wait until the attachments have finished uploading.': 'Espere a que terminen de subirse los archivos adjuntos.',
  'Remove the attachments that failed to upload, then send.': 'Quite los archivos adjuntos que no se pudieron subir y luego envíe.',
  'Upload failed: ${0}': 'No se pudo subir: ${0}',

  // Search
  'Search messages': 'Buscar en los mensajes',
  Search: 'Buscar',
  'Searching messages': 'Buscando en los mensajes',
  'No messages found': 'No se encontraron mensajes',
  'Try other words, or browse your conversations.': 'Pruebe con otras palabras o revise sus conversaciones.',
  'Type a word or phrase to search for.': 'Escriba una palabra o frase para buscar.',
  'Results for "${0}"': 'Resultados para «${0}»',
};
