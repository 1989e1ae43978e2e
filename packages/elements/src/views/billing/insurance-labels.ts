import { msg } from '@lit/localize';
import type { InsurancePolicy } from '@portico/core';

export function priorityLabel(priority: InsurancePolicy['priority']): string {
  return priority === 'primary' ? msg('Primary') : priority === 'secondary' ? msg('Secondary') : msg('Tertiary');
}

export function relationshipLabel(relationship: InsurancePolicy['relationshipToSubscriber']): string {
  switch (relationship) {
    case 'self':
      return msg('Self');
    case 'spouse':
      return msg('Spouse');
    case 'child':
      return msg('Child');
    default:
      return msg('Other');
  }
}
