/** The clinical statuses as words (never colour alone): targets, steps, goals and homework. */
import { msg } from '@lit/localize';
import type { CarePlan, Homework, Target } from '@portico/core';

/** A target's status as words (never colour alone). */
export function targetStatusLabel(status: Target['status']): string {
  switch (status) {
    case 'baseline':
      return msg('Baseline');
    case 'in-progress':
      return msg('In progress');
    case 'mastered':
      return msg('Mastered');
    case 'on-hold':
      return msg('On hold');
  }
}

export function stepStatusLabel(status: Target['steps'][number]['status']): string {
  switch (status) {
    case 'not-started':
      return msg('Not started');
    case 'in-progress':
      return msg('In progress');
    case 'mastered':
      return msg('Mastered');
  }
}

export function goalStatusLabel(status: CarePlan['goals'][number]['status']): string {
  switch (status) {
    case 'active':
      return msg('Current');
    case 'met':
      return msg('Met');
    case 'discontinued':
      return msg('Discontinued');
  }
}

export function homeworkStatusLabel(status: Homework['status']): string {
  return status === 'done' ? msg('Completed') : msg('To do');
}
